// A small C front to libxml2's SAX2 push parser.
//
// Swift cannot import libxml2's headers next to Foundation (both bring ICU's UErrorCode), so
// libxml2 stays behind this header, which exposes plain C types only.
#ifndef PORTREPORT_XMLSTREAM_H
#define PORTREPORT_XMLSTREAM_H

typedef struct xs_session xs_session;

typedef struct {
    // attributes: 5 pointers per attribute, as libxml2 gives them:
    // local name, prefix, URI, value start, value end (not NUL-terminated).
    void (*start_element)(void *user, const unsigned char *localname, const unsigned char *prefix,
                          int attribute_count, const unsigned char *const *attributes);
    void (*end_element)(void *user, const unsigned char *localname, const unsigned char *prefix);
    void (*characters)(void *user, const unsigned char *bytes, int length);
} xs_handler;

typedef struct {
    int line;
    int column;
    char message[1024];
} xs_error;

/// A parser for one document; `name` is used in libxml2's own messages.
/// Entity declarations stop the parse with an error; DTDs and the network are never loaded.
xs_session *xs_session_create(const char *name, const xs_handler *handler, void *user);

/// Feeds bytes; `terminate` is 1 with the last chunk. Returns 0 while parsing may go on.
int xs_session_feed(xs_session *session, const char *bytes, int length, int terminate);

/// Whether text is kept for the characters callback (1, the default) or skipped (0), until
/// changed again. Kept text is handed over in one call before the next start or end tag (and
/// at the end of the document).
void xs_session_want_characters(xs_session *session, int want);

/// Records an error at the current position (if none is recorded yet) and stops the parse.
void xs_session_fail(xs_session *session, const char *message);

/// The current 1-based line and column.
int xs_session_line(xs_session *session);
int xs_session_column(xs_session *session);

/// The first fatal error, or NULL.
const xs_error *xs_session_error(const xs_session *session);

void xs_session_free(xs_session *session);

#endif
