#include "bytescan.h"

#if defined(__SSE2__)
#include <emmintrin.h>

// A bit per byte of `block` (lowest bit first) that text must look at.
static inline int xml_text_marks(__m128i block) {
    __m128i marks = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(block, _mm_set1_epi8('<')),
                                              _mm_cmpeq_epi8(block, _mm_set1_epi8('&'))),
                                 _mm_cmpeq_epi8(block, _mm_set1_epi8(']')));
    // A signed compare: below 0x20 and 0x80 or more (negative) in one step.
    __m128i low = _mm_cmplt_epi8(block, _mm_set1_epi8(0x20));
    __m128i allowed = _mm_or_si128(_mm_cmpeq_epi8(block, _mm_set1_epi8('\t')),
                                   _mm_cmpeq_epi8(block, _mm_set1_epi8('\n')));
    return _mm_movemask_epi8(_mm_or_si128(marks, _mm_andnot_si128(allowed, low)));
}

// A bit per byte of `block` that HTML escapes.
static inline int html_marks(__m128i block) {
    __m128i marks = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(block, _mm_set1_epi8('&')),
                                              _mm_cmpeq_epi8(block, _mm_set1_epi8('<'))),
                                 _mm_or_si128(_mm_cmpeq_epi8(block, _mm_set1_epi8('>')),
                                              _mm_cmpeq_epi8(block, _mm_set1_epi8('"'))));
    return _mm_movemask_epi8(_mm_or_si128(marks, _mm_cmpeq_epi8(block, _mm_set1_epi8('\''))));
}

// A bit per byte of `block` that a JSON string escapes: below 0x20 (unsigned), `"` or `\`.
static inline int json_marks(__m128i block) {
    __m128i control = _mm_cmpeq_epi8(_mm_max_epu8(block, _mm_set1_epi8(0x1F)), _mm_set1_epi8(0x1F));
    __m128i marks = _mm_or_si128(control, _mm_or_si128(_mm_cmpeq_epi8(block, _mm_set1_epi8('"')),
                                                       _mm_cmpeq_epi8(block, _mm_set1_epi8('\\'))));
    return _mm_movemask_epi8(marks);
}

// The same inside a script: also `/` and 0xE2.
static inline int script_json_marks(__m128i block) {
    __m128i more = _mm_or_si128(_mm_cmpeq_epi8(block, _mm_set1_epi8('/')),
                                _mm_cmpeq_epi8(block, _mm_set1_epi8((char)0xE2)));
    return json_marks(block) | _mm_movemask_epi8(more);
}

// A bit per byte of `block` that makes a CSV field quoted.
static inline int csv_marks(__m128i block) {
    __m128i marks = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(block, _mm_set1_epi8(',')),
                                              _mm_cmpeq_epi8(block, _mm_set1_epi8('"'))),
                                 _mm_or_si128(_mm_cmpeq_epi8(block, _mm_set1_epi8('\r')),
                                              _mm_cmpeq_epi8(block, _mm_set1_epi8('\n'))));
    return _mm_movemask_epi8(marks);
}

// Sixteen bytes at a time with `marks`, then the last sixteen (overlapping bytes already passed,
// which hold no mark) for the rest; runs shorter than sixteen bytes are left to the caller.
#define SCAN_BLOCKS(marks)                                                                  \
    do {                                                                                    \
        if (count < 16) break;                                                              \
        for (; index + 16 <= count; index += 16) {                                          \
            int found = marks(_mm_loadu_si128((const __m128i *)(bytes + index)));           \
            if (found) return index + (size_t)__builtin_ctz((unsigned)found);               \
        }                                                                                   \
        if (index == count) return count;                                                   \
        index = count - 16;                                                                 \
        int found = marks(_mm_loadu_si128((const __m128i *)(bytes + index)));               \
        return found ? index + (size_t)__builtin_ctz((unsigned)found) : count;              \
    } while (0)
#else
#define SCAN_BLOCKS(marks) \
    do {                   \
    } while (0)
#endif

static inline int is_xml_text_byte(uint8_t byte) {
    return byte == '<' || byte == '&' || byte == ']' || byte >= 0x80 || (byte < 0x20 && byte != '\t' && byte != '\n');
}

static inline int is_html_byte(uint8_t byte) {
    return byte == '&' || byte == '<' || byte == '>' || byte == '"' || byte == '\'';
}

size_t bytescan_xml_text(const uint8_t *bytes, size_t count) {
    size_t index = 0;
    SCAN_BLOCKS(xml_text_marks);
    for (; index < count; index++) {
        if (is_xml_text_byte(bytes[index])) return index;
    }
    return count;
}

size_t bytescan_html(const uint8_t *bytes, size_t count) {
    size_t index = 0;
    SCAN_BLOCKS(html_marks);
    for (; index < count; index++) {
        if (is_html_byte(bytes[index])) return index;
    }
    return count;
}

size_t bytescan_json(const uint8_t *bytes, size_t count, int for_script) {
    size_t index = 0;
    if (for_script) {
        SCAN_BLOCKS(script_json_marks);
    } else {
        SCAN_BLOCKS(json_marks);
    }
    for (; index < count; index++) {
        uint8_t byte = bytes[index];
        if (byte < 0x20 || byte == '"' || byte == '\\' || (for_script && (byte == '/' || byte == 0xE2))) return index;
    }
    return count;
}

size_t bytescan_csv(const uint8_t *bytes, size_t count) {
    size_t index = 0;
    SCAN_BLOCKS(csv_marks);
    for (; index < count; index++) {
        uint8_t byte = bytes[index];
        if (byte == ',' || byte == '"' || byte == '\r' || byte == '\n') return index;
    }
    return count;
}
