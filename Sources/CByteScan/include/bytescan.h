// Finding the next byte a reader or writer must look at, sixteen bytes at a time.
//
// The XML reader skips through text, and the HTML, JSON and CSV writers through every string
// they write, to the next byte that needs a look; most bytes need none. Swift's SIMD
// types do not compile to vector compares here (a test loop ran 170 times slower than eight
// bytes at a time in an integer), so the loops are C, with SSE2 on x86-64 and a plain loop
// elsewhere. Each returns the index of the first such byte in `bytes[0..<count]`, or `count`.
#ifndef PORTREPORT_BYTESCAN_H
#define PORTREPORT_BYTESCAN_H

#include <stddef.h>
#include <stdint.h>

/// XML text: `<`, `&`, `]`, a byte of 0x80 or more, or a control character other than tab and
/// line feed.
size_t bytescan_xml_text(const uint8_t *bytes, size_t count);

/// HTML text or a quoted attribute value: `&`, `<`, `>`, `"` or `'`.
size_t bytescan_html(const uint8_t *bytes, size_t count);

/// A JSON string value: a control character, `"` or `\`; with `for_script`, also `/` and the
/// byte 0xE2 (which starts U+2028 and U+2029).
size_t bytescan_json(const uint8_t *bytes, size_t count, int for_script);

/// A CSV field: `,`, `"`, CR or LF (a field holding one is quoted).
size_t bytescan_csv(const uint8_t *bytes, size_t count);

#endif
