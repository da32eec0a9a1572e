#ifndef INST_CLIBEDIT_SHIM_H
#define INST_CLIBEDIT_SHIM_H

// libedit's configuration API is variadic (el_set, el_get, history), which Swift cannot call.
// These static-inline wrappers give each use a fixed signature.

#include <stdio.h>
#include <histedit.h>

/// A prompt callback: returns the prompt text for `el`.
typedef char *(*inst_prompt_fn)(EditLine *el);
/// A key-bound editor function: returns one of the CC_* codes.
typedef unsigned char (*inst_key_fn)(EditLine *el, int ch);

// MARK: - Line editor

static inline EditLine *inst_el_init(const char *program) {
    return el_init(program, stdin, stdout, stderr);
}

static inline int inst_el_set_prompt(EditLine *el, inst_prompt_fn prompt) {
    return el_set(el, EL_PROMPT, prompt);
}

/// `"emacs"` or `"vi"`.
static inline int inst_el_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}

/// When on, libedit restores the terminal when a signal arrives while it reads a line.
static inline int inst_el_set_signal(EditLine *el, int on) {
    return el_set(el, EL_SIGNAL, on);
}

/// Binds a key sequence (`"^R"`, `"^I"`) to an editor command by name.
static inline int inst_el_bind(EditLine *el, const char *key, const char *command) {
    return el_set(el, EL_BIND, key, command, (const char *)NULL);
}

/// Registers a named editor command implemented by `function`.
static inline int inst_el_add_function(EditLine *el, const char *name, const char *help, inst_key_fn function) {
    return el_set(el, EL_ADDFN, name, help, function);
}

/// Changes one terminal setting of a mode: `mode` is `"-d"` (while editing), `setting` e.g. `"-isig"`.
static inline int inst_el_set_tty(EditLine *el, const char *mode, const char *setting) {
    return el_set(el, EL_SETTY, mode, setting, (const char *)NULL);
}

static inline int inst_el_set_history(EditLine *el, History *list) {
    return el_set(el, EL_HIST, history, list);
}

static inline int inst_el_set_client_data(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}

static inline void *inst_el_client_data(EditLine *el) {
    void *data = NULL;
    if (el_get(el, EL_CLIENTDATA, &data) != 0) return NULL;
    return data;
}

/// Asks libedit to redraw the prompt and line (after printing something below it).
static inline int inst_el_refresh(EditLine *el) {
    return el_set(el, EL_REFRESH);
}

/// The cursor's byte offset in the line (as UTF-8).
static inline int inst_el_cursor_offset(EditLine *el) {
    const LineInfo *line = el_line(el);
    return line ? (int)(line->cursor - line->buffer) : 0;
}

/// The line's text (UTF-8); valid until the next call that reads the line.
static inline const char *inst_el_buffer(EditLine *el) {
    const LineInfo *line = el_line(el);
    return line ? line->buffer : "";
}


/// Moves the cursor after the last character of the line.
static inline void inst_el_cursor_to_end(EditLine *el) {
    const LineInfoW *line = el_wline(el);
    if (line) el_cursor(el, (int)(line->lastchar - line->cursor));
}

// Editor function results, as plain values for Swift.
static const unsigned char inst_cc_norm = CC_NORM;
static const unsigned char inst_cc_newline = CC_NEWLINE;
static const unsigned char inst_cc_refresh = CC_REFRESH;
static const unsigned char inst_cc_redisplay = CC_REDISPLAY;
static const unsigned char inst_cc_refresh_beep = CC_REFRESH_BEEP;
static const unsigned char inst_cc_error = CC_ERROR;

// MARK: - History

static inline int inst_history_set_size(History *list, int size) {
    HistEvent event;
    return history(list, &event, H_SETSIZE, size);
}

static inline int inst_history_set_unique(History *list, int unique) {
    HistEvent event;
    return history(list, &event, H_SETUNIQUE, unique);
}

static inline int inst_history_enter(History *list, const char *line) {
    HistEvent event;
    return history(list, &event, H_ENTER, line);
}

static inline int inst_history_load(History *list, const char *path) {
    HistEvent event;
    return history(list, &event, H_LOAD, path);
}

static inline int inst_history_save(History *list, const char *path) {
    HistEvent event;
    return history(list, &event, H_SAVE, path);
}

#endif
