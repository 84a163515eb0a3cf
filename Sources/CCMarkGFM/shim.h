// The one header the Swift side imports: cmark-gfm, its extension API and the core extensions.
#ifndef STUDY_CCMARKGFM_SHIM_H
#define STUDY_CCMARKGFM_SHIM_H
#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm-core-extensions.h>

/// The default options, as a function: Swift 6 rejects reading C macros of this form.
static inline int study_cmark_options_default(void) { return CMARK_OPT_DEFAULT; }
/// The footnotes option, as a function (not used by the lesson parser, which keeps to the default).
static inline int study_cmark_options_footnotes(void) { return CMARK_OPT_FOOTNOTES; }
#endif
