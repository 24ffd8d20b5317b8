#include "xmlstream.h"

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct xs_session {
    xmlParserCtxtPtr context;
    xs_handler handler;
    void *user;
    int failed;
    /// Set while the last (terminating) chunk is parsed: a fatal error then means the document
    /// ended before it was complete.
    int at_end;
    /// Whether text is passed on: the handler turns it off between the elements it keeps, so
    /// the white space between tags and unwanted text never cross into Swift.
    int want_characters;
    /// Text wanted since the last tag, handed over in one call before the next tag: libxml2
    /// splits a text node at every entity (`&lt;`) and buffer edge, and each piece crossing
    /// into Swift cost a call through the handler.
    unsigned char *text;
    size_t text_length;
    size_t text_capacity;
    xs_error error;
};

/// Appends to the pending text; on allocation failure records the error and stops the parse.
static void keep_text(xs_session *session, const xmlChar *bytes, size_t length) {
    if (session->text_length + length > session->text_capacity) {
        size_t capacity = session->text_capacity ? session->text_capacity * 2 : 4096;
        while (capacity < session->text_length + length) capacity *= 2;
        unsigned char *larger = realloc(session->text, capacity);
        if (!larger) {
            xs_session_fail(session, "out of memory while reading text");
            return;
        }
        session->text = larger;
        session->text_capacity = capacity;
    }
    memcpy(session->text + session->text_length, bytes, length);
    session->text_length += length;
}

/// Hands the pending text to the handler, if any.
static void flush_text(xs_session *session) {
    if (session->text_length == 0) return;
    size_t length = session->text_length;
    session->text_length = 0;
    if (session->failed || !session->handler.characters) return;
    session->handler.characters(session->user, session->text, (int)length);
}

static void record(xs_session *session, int line, int column, const char *message) {
    if (session->failed) return;
    session->failed = 1;
    session->error.line = line;
    session->error.column = column;
    snprintf(session->error.message, sizeof session->error.message, "%s", message ? message : "malformed XML");
    size_t length = strlen(session->error.message);
    while (length > 0 && (session->error.message[length - 1] == '\n' || session->error.message[length - 1] == ' ')) {
        session->error.message[--length] = '\0';
    }
    if (session->context) xmlStopParser(session->context);
}

static void on_start(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri,
                     int namespace_count, const xmlChar **namespaces, int attribute_count, int defaulted_count,
                     const xmlChar **attributes) {
    (void)uri; (void)namespace_count; (void)namespaces; (void)defaulted_count;
    xs_session *session = ctx;
    flush_text(session);
    if (session->failed || !session->handler.start_element) return;
    session->handler.start_element(session->user, localname, prefix, attribute_count,
                                   (const unsigned char *const *)attributes);
}

static void on_end(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri) {
    (void)uri;
    xs_session *session = ctx;
    flush_text(session);
    if (session->failed || !session->handler.end_element) return;
    session->handler.end_element(session->user, localname, prefix);
}

static void on_characters(void *ctx, const xmlChar *bytes, int length) {
    xs_session *session = ctx;
    if (session->failed || !session->want_characters || !session->handler.characters || length <= 0) return;
    keep_text(session, bytes, (size_t)length);
}

static void on_entity_declaration(void *ctx, const xmlChar *name, int type, const xmlChar *public_id,
                                  const xmlChar *system_id, xmlChar *content) {
    (void)type; (void)public_id; (void)system_id; (void)content;
    xs_session *session = ctx;
    char message[512];
    snprintf(message, sizeof message,
             "the document declares the entity '%s'; entity declarations are refused "
             "(they can read local files or expand without bound)",
             name ? (const char *)name : "?");
    xs_session_fail(session, message);
}

static void on_error(void *ctx, xmlErrorPtr error) {
    xs_session *session = ctx;
    // Only fatal errors stop a parse: an undeclared namespace prefix (Nessus `cm:`) is an error
    // of the namespace layer, not of well-formedness.
    if (!error || error->level != XML_ERR_FATAL) return;
    xmlParserCtxtPtr context = session->context;
    if (error->code == XML_ERR_DOCUMENT_END && context && context->nameNr > 0 && context->name) {
        // The push parser reports a file cut short as "Extra content at the end of the document";
        // say what really happened.
        char message[512];
        snprintf(message, sizeof message,
                 "Premature end of data: the file ends inside <%s> (is it truncated?)", (const char *)context->name);
        record(session, error->line, error->int2, message);
        return;
    }
    if (session->at_end && error->message && !strstr(error->message, "Premature end")) {
        // libxml2 words a cut-off file in many ways ("expected '>'", "AttValue: ' expected"…),
        // depending on where the cut fell; say what they mean.
        char message[768];
        char original[600];
        snprintf(original, sizeof original, "%s", error->message);
        size_t length = strlen(original);
        while (length > 0 && (original[length - 1] == '\n' || original[length - 1] == ' ')) original[--length] = '\0';
        snprintf(message, sizeof message, "%s at the end of the file (is it truncated?)", original);
        record(session, error->line, error->int2, message);
        return;
    }
    record(session, error->line, error->int2, error->message);
}

/// Refuses every external resource (DTD, external entity, XInclude): scanner exports are read
/// from their own bytes only.
static xmlParserInputPtr refuse_external(const char *url, const char *id, xmlParserCtxtPtr context) {
    (void)url; (void)id; (void)context;
    return NULL;
}

xs_session *xs_session_create(const char *name, const xs_handler *handler, void *user) {
    xmlSetExternalEntityLoader(refuse_external);
    xs_session *session = calloc(1, sizeof *session);
    if (!session) return NULL;
    session->handler = *handler;
    session->user = user;
    session->want_characters = 1;

    xmlSAXHandler sax;
    memset(&sax, 0, sizeof sax);
    sax.initialized = XML_SAX2_MAGIC;
    sax.startElementNs = on_start;
    sax.endElementNs = on_end;
    sax.characters = on_characters;
    sax.cdataBlock = on_characters;
    sax.entityDecl = on_entity_declaration;
    sax.serror = on_error;

    session->context = xmlCreatePushParserCtxt(&sax, session, NULL, 0, name);
    if (!session->context) {
        free(session);
        return NULL;
    }
    // NOENT makes libxml2 hand over attribute values with `&amp;` decoded (without it SAX2 gives
    // `&#38;`). It cannot expand anything dangerous: every entity declaration stops the parse
    // and external resources are refused above.
    xmlCtxtUseOptions(session->context, XML_PARSE_NONET | XML_PARSE_NOENT | XML_PARSE_NOCDATA | XML_PARSE_COMPACT);
    return session;
}

int xs_session_feed(xs_session *session, const char *bytes, int length, int terminate) {
    if (session->failed) return 1;
    session->at_end = terminate;
    int status = xmlParseChunk(session->context, bytes, length, terminate);
    // Text after the last tag (nothing a handler keeps, but it is handed over as before).
    if (terminate) flush_text(session);
    if (status != 0 && !session->failed) {
        record(session, xs_session_line(session), xs_session_column(session), "malformed XML");
    }
    return session->failed;
}

void xs_session_want_characters(xs_session *session, int want) {
    session->want_characters = want;
}

void xs_session_fail(xs_session *session, const char *message) {
    record(session, xs_session_line(session), xs_session_column(session), message);
}

int xs_session_line(xs_session *session) {
    return session->context && session->context->input ? session->context->input->line : 0;
}

int xs_session_column(xs_session *session) {
    return session->context && session->context->input ? session->context->input->col : 0;
}

const xs_error *xs_session_error(const xs_session *session) {
    return session->failed ? &session->error : NULL;
}

void xs_session_free(xs_session *session) {
    if (!session) return;
    if (session->context) {
        if (session->context->myDoc) xmlFreeDoc(session->context->myDoc);
        xmlFreeParserCtxt(session->context);
    }
    free(session->text);
    free(session);
}
