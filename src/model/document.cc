#include "model/document.h"

namespace crosscheck {

const char* DateSourceName(DateSource source) {
  switch (source) {
    case DateSource::kNone: return "none";
    case DateSource::kMeta: return "meta";
    case DateSource::kDateline: return "dateline";
    case DateSource::kByline: return "byline";
    case DateSource::kUrl: return "url";
    case DateSource::kHeader: return "header";
    case DateSource::kInferred: return "inferred";
    case DateSource::kSeen: return "seen";
  }
  return "none";
}

constexpr std::string_view kBlockSeparator = "\n\n";

std::string Article::Body() const {
  std::string body;
  for (const Block& block : blocks) {
    if (!body.empty()) body += kBlockSeparator;
    body += block.text;
  }
  return body;
}

std::vector<uint32_t> Article::BlockOffsets() const {
  std::vector<uint32_t> offsets;
  offsets.reserve(blocks.size());
  uint32_t pos = 0;
  for (size_t i = 0; i < blocks.size(); ++i) {
    if (i > 0) pos += kBlockSeparator.size();
    offsets.push_back(pos);
    pos += static_cast<uint32_t>(blocks[i].text.size());
  }
  return offsets;
}

}  // namespace crosscheck
