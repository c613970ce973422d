// The ABI is header-only; SwiftPM needs one source file to build a C target.
#include "khuyenhoc_plugin.h"
