/*
 * A model plugin that crashes on request, against the real khuyenhoc_plugin.h: the end-to-end
 * tests and khuyenhoc-hostile compile it with
 *   cc -shared -fPIC -I Sources/KhuyenHocPluginABI/include -DMODEL_ID='"crashy"' [-DDESCRIBE_CRASHES=1] [-DVARIANT=n]
 * Its evaluate (and evaluate_batch) crash when the input holds one of these words:
 *   "segv" a write through NULL, "abort" abort(), "stack" unbounded recursion (a stack overflow),
 *   "trap" __builtin_trap(), "thread" a NULL write on a thread the plugin starts (and joins);
 *   "sleep" sleeps 3 s and then answers; any other input gets a valid result.
 * With DESCRIBE_CRASHES its describe writes through NULL, so it crashes as the daemon loads it;
 * with BATCH_CRASHES its evaluate_batch does, on the roll-up's thread, while evaluate answers;
 * with CONFIGURE_CRASHES its configure does (the daemon configures every plugin at start).
 * VARIANT changes nothing but the bytes of the file (a "fixed" build is another file).
 */
#define _GNU_SOURCE
#include "khuyenhoc_plugin.h"
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef MODEL_ID
#define MODEL_ID "crashy"
#endif
#ifndef DESCRIBE_CRASHES
#define DESCRIBE_CRASHES 0
#endif
#ifndef CONFIGURE_CRASHES
#define CONFIGURE_CRASHES 0
#endif
#ifndef BATCH_CRASHES
#define BATCH_CRASHES 0
#endif
#ifndef VARIANT
#define VARIANT 0
#endif

const int crashing_plugin_variant = VARIANT;

static int32_t answer(const char *text, char **out, size_t *length, int32_t status) {
    size_t n = strlen(text);
    *out = malloc(n);
    memcpy(*out, text, n);
    *length = n;
    return status;
}

static int contains(const char *input, size_t length, const char *word) {
    return memmem(input, length, word, strlen(word)) != NULL;
}

/* The pointer itself is volatile: a compiler that knew it is NULL could drop the store as undefined. */
static int *volatile nowhere = NULL;

static void crash_with_null(void) {
    *nowhere = 1;
}

static void *crash_on_own_thread(void *unused) {
    (void)unused;
    crash_with_null();
    return NULL;
}

static void crash_on_a_thread(void) {
    pthread_t thread;
    if (pthread_create(&thread, NULL, crash_on_own_thread, NULL) == 0) pthread_join(thread, NULL);
}

static volatile int forever = 1;

static int deeper(int depth) {
    volatile char frame[4096];
    frame[0] = (char)depth;
    return forever ? deeper(depth + 1) + frame[0] : frame[0];
}

static void crash_on_request(const char *input, size_t length) {
    if (contains(input, length, "segv")) crash_with_null();
    if (contains(input, length, "abort")) abort();
    if (contains(input, length, "stack")) deeper(1);
    if (contains(input, length, "trap")) __builtin_trap();
    if (contains(input, length, "thread")) crash_on_a_thread();
    if (contains(input, length, "sleep")) sleep(3);
}

static int32_t describe(char **out, size_t *length) {
    if (DESCRIBE_CRASHES) crash_with_null();
    char text[2048];
    snprintf(text, sizeof text,
        "{\"id\":\"%s\",\"title\":\"Crashy\",\"titleVi\":\"Crashy\",\"dependsOn\":[],\"measures\":[],\"activeVersion\":\"1\","
        "\"rubrics\":[{\"model\":\"%s\",\"version\":\"1\",\"basis\":{\"decision\":\"test\",\"date\":\"2024-01-01\","
        "\"status\":\"provisional\",\"source\":\"test\"},\"recognition\":{\"minimumTotal\":1,\"grades\":[]},"
        "\"variants\":[{\"id\":\"only\",\"title\":\"Only\",\"titleVi\":\"Only\",\"criteria\":[{\"id\":\"c\",\"title\":\"C\","
        "\"titleVi\":\"C\",\"indicators\":[{\"id\":\"i\",\"title\":\"I\",\"titleVi\":\"I\",\"kind\":\"points\",\"maxPoints\":1,"
        "\"gate\":false}]}]}],\"origin\":\"built-in\"}]}", MODEL_ID, MODEL_ID);
    return answer(text, out, length, KHUYENHOC_STATUS_OK);
}

#define RESULT "{\"model\":\"" MODEL_ID "\",\"variant\":\"only\",\"rubricVersion\":\"1\",\"complete\":true,\"recognized\":true," \
    "\"total\":1,\"maxTotal\":1,\"threshold\":1,\"criteria\":[],\"reasons\":[],\"improvements\":[]}"

static int32_t evaluate(const char *input, size_t input_length, char **out, size_t *length) {
    crash_on_request(input, input_length);
    return answer(RESULT, out, length, KHUYENHOC_STATUS_OK);
}

/* Every subject gets the same result; a batch crashes when any subject asks for it. */
static int32_t evaluate_batch(const char *input, size_t input_length, char **out, size_t *length) {
    if (BATCH_CRASHES) crash_with_null();
    crash_on_request(input, input_length);
    size_t subjects = 0;
    for (const char *at = input; (at = memmem(at, input_length - (size_t)(at - input), "\"facts\"", 7)) != NULL; at += 7) subjects++;
    size_t capacity = 32 + subjects * (sizeof RESULT + 16);
    char *text = malloc(capacity);
    size_t used = (size_t)sprintf(text, "{\"results\":[");
    for (size_t index = 0; index < subjects; index++) {
        used += (size_t)sprintf(text + used, "%s{\"result\":%s}", index ? "," : "", RESULT);
    }
    used += (size_t)sprintf(text + used, "]}");
    *out = text;
    *length = used;
    return KHUYENHOC_STATUS_OK;
}

static int32_t configure(const char *input, size_t input_length, char **out, size_t *length) {
    (void)input;
    (void)input_length;
    if (CONFIGURE_CRASHES) crash_with_null();
    return answer("{\"files\":[]}", out, length, KHUYENHOC_STATUS_OK);
}

static void free_buffer(char *buffer) { free(buffer); }

static const khuyenhoc_model_table_v2 table = { describe, evaluate, evaluate_batch, configure, free_buffer };
static const khuyenhoc_plugin_manifest manifest = { KHUYENHOC_PLUGIN_ABI_VERSION, "C", MODEL_ID, &table };
const khuyenhoc_plugin_manifest *khuyenhoc_plugin_entry(void) { return &manifest; }
