// One line of `crosscheck annotate` output (docs/schema/annotations.schema.json): the cleaned
// body and every mention with Unicode code point offsets (converted here from the byte spans
// the annotators produce). Pure; thread-safe.
#ifndef CROSSCHECK_REPORT_ANNOTATIONS_JSONL_H_
#define CROSSCHECK_REPORT_ANNOTATIONS_JSONL_H_

#include <string>
#include <string_view>

#include "model/annotations.h"
#include "model/document.h"

namespace crosscheck {

// A single JSON object followed by '\n'. `reference_date` is the date relative expressions
// were resolved against (the input's own `published`, else the one found); "" for null.
std::string RenderAnnotationLine(const Article& article, std::string_view body,
                                 const Annotations& annotations, std::string_view reference_date);

}  // namespace crosscheck

#endif  // CROSSCHECK_REPORT_ANNOTATIONS_JSONL_H_
