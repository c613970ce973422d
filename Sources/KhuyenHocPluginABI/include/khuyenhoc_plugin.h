/*
 * The C boundary between khuyenhocd and a learning-model plugin.
 *
 * A plugin is a shared library named libKhuyenHoc<Model>.so that exports one symbol,
 * KHUYENHOC_PLUGIN_ENTRY_SYMBOL. The host calls it, reads `abi_version` and `toolchain` first,
 * and only when the ABI version is one it speaks does it read `table`. Everything that crosses
 * is plain C: UTF-8 JSON in, UTF-8 JSON out, buffers the plugin allocates and frees.
 * Nothing Swift-typed crosses (ARCHITECTURE.md decision 2).
 */
#ifndef KHUYENHOC_PLUGIN_H
#define KHUYENHOC_PLUGIN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** The ABI version this header describes. Bump it whenever a struct below changes. */
#define KHUYENHOC_PLUGIN_ABI_VERSION 2u

/** The name of the one symbol every plugin exports. */
#define KHUYENHOC_PLUGIN_ENTRY_SYMBOL "khuyenhoc_plugin_entry"

/** Status codes returned by every table function. */
typedef enum {
    /** Success: the output buffer holds the JSON answer. */
    KHUYENHOC_STATUS_OK = 0,
    /** The input was wrong: the output holds {"field": "...", "reason": "..."}. */
    KHUYENHOC_STATUS_INVALID_INPUT = 1,
    /** The plugin failed for a reason of its own: the output holds {"reason": "..."}. */
    KHUYENHOC_STATUS_INTERNAL_ERROR = 2,
} khuyenhoc_status;

/**
 * Version 2 of the function table.
 * Each function writes a buffer allocated by the plugin to *out / *out_length; the host releases
 * it with free_buffer. Inputs are borrowed for the duration of the call only.
 */
typedef struct {
    /** Describes the model: {"id", "title", "titleVi", "dependsOn", "measures", "activeVersion", "rubrics": [...]}. */
    int32_t (*describe)(char **out, size_t *out_length);
    /** Evaluates one subject: in {"facts": {...}, "year": int?, "rubricVersion": string?, "partial": bool?}, out a Result object. */
    int32_t (*evaluate)(const char *input, size_t input_length, char **out, size_t *out_length);
    /** Evaluates many subjects in one crossing: in {"subjects": [{"facts", "year", ...}...]}, out {"results": [{"result"} | {"error"}...]}. */
    int32_t (*evaluate_batch)(const char *input, size_t input_length, char **out, size_t *out_length);
    /**
     * Puts rubric files in force (or only checks them with "dryRun": true):
     * in {"files": [{"file", "text"}...], "dryRun": bool?}, out {"files": [{"file", "status", "version",
     * "keptPrevious", "replaces", "problems": [{"field", "reason"}...]}...]}. The files given replace those
     * given before; a rejected file keeps what it gave before in force.
     */
    int32_t (*configure)(const char *input, size_t input_length, char **out, size_t *out_length);
    /** Releases a buffer returned by any function above. */
    void (*free_buffer)(char *buffer);
} khuyenhoc_model_table_v2;

/** What the entry symbol returns. Static: the host never frees it. */
typedef struct {
    /** KHUYENHOC_PLUGIN_ABI_VERSION as the plugin was compiled. Read this first. */
    uint32_t abi_version;
    /** The toolchain that built the plugin, e.g. "Swift 6.3". */
    const char *toolchain;
    /** The model id the plugin serves, e.g. "citizen". */
    const char *model_id;
    /** For abi_version 2: a const khuyenhoc_model_table_v2 *. */
    const void *table;
} khuyenhoc_plugin_manifest;

/** The entry point's type. */
typedef const khuyenhoc_plugin_manifest *(*khuyenhoc_plugin_entry_fn)(void);

#ifdef __cplusplus
}
#endif

#endif
