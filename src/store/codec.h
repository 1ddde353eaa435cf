// The store's binary form of one analysed document: its Article (every field: blocks,
// captions, notes, authors, credits, the published date and where it came from) and its
// Annotations (every mention of every kind, optional spans, split contents, sentences).
//
// Layout (version 1): varint version, the article, the annotations, then 8 bytes of XXH64 over
// everything before them. Integers are LEB128 varints (signed ones zigzag-encoded), strings
// and lists are a varint length then their bytes or items, doubles are their 8 IEEE bytes
// little-endian (bit-exact: a figure reads back as the same double), optionals a presence
// byte. Enums are checked against their range on decode.
//
// Decoding is defensive: a truncated, garbled or hostile blob gives a DataLoss status, never a
// crash or an allocation larger than the blob (a list's count is checked against the bytes
// left before anything is reserved), and every span must lie inside the article's body.
// Pure functions; thread-safe.
#ifndef CROSSCHECK_STORE_CODEC_H_
#define CROSSCHECK_STORE_CODEC_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "base/status.h"
#include "model/annotations.h"
#include "model/document.h"

namespace crosscheck {

// The version EncodeAnalyzedDocument writes; DecodeAnalyzedDocument reads this one only.
inline constexpr uint32_t kDocumentCodecVersion = 1;

struct AnalyzedDocument {
  Article article;
  Annotations annotations;
};

std::string EncodeAnalyzedDocument(const Article& article, const Annotations& annotations);

// DataLoss naming what is wrong ("truncated", "checksum mismatch", "entity type 9 out of
// range", ...); Unsupported for a version this binary does not know.
StatusOr<AnalyzedDocument> DecodeAnalyzedDocument(std::string_view blob);

// Only the Article of a blob EncodeAnalyzedDocument wrote (checksum checked, annotations not
// read): for readers that need a document's text, not its mentions.
StatusOr<Article> DecodeStoredArticle(std::string_view blob);

// A document as read (model/document.h: content and what its container said), for the work
// queue between `ingest --queue` and `worker`: same layout rules (version first, XXH64 last),
// same defensive decoding.
std::string EncodeInputDocument(const Document& document);
StatusOr<Document> DecodeInputDocument(std::string_view blob);

}  // namespace crosscheck

#endif  // CROSSCHECK_STORE_CODEC_H_
