#include "ingest/jsonl_reader.h"

#include <simdjson.h>

#include <string>
#include <vector>

#include "ingest/charset.h"

namespace crosscheck {
namespace {

bool IsBlankText(std::string_view text) {
  return text.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos;
}

// A scalar field as text: strings as they are, numbers and booleans as their JSON text.
// False for null, arrays and objects.
bool ScalarAsText(simdjson::dom::element value, std::string& out) {
  switch (value.type()) {
    case simdjson::dom::element_type::STRING: {
      std::string_view text;
      if (value.get_string().get(text)) return false;
      out.assign(text);
      return true;
    }
    case simdjson::dom::element_type::INT64:
    case simdjson::dom::element_type::UINT64:
    case simdjson::dom::element_type::DOUBLE:
    case simdjson::dom::element_type::BOOL:
      out = simdjson::minify(value);
      return true;
    default:
      return false;
  }
}

// "authors": a string, or an array of strings (other elements are ignored); blank names
// are dropped.
void ReadAuthors(simdjson::dom::element value, std::vector<std::string>& authors) {
  std::string name;
  if (ScalarAsText(value, name)) {
    if (!IsBlankText(name)) authors.push_back(std::move(name));
    return;
  }
  simdjson::dom::array array;
  if (value.get_array().get(array)) return;
  for (const simdjson::dom::element element : array) {
    std::string_view text;
    if (element.get_string().get(text) || IsBlankText(text)) continue;
    authors.emplace_back(text);
  }
}

}  // namespace

struct JsonlRecordParser::Impl {
  simdjson::dom::parser parser;
};

JsonlRecordParser::JsonlRecordParser() : impl_(std::make_unique<Impl>()) {}
JsonlRecordParser::~JsonlRecordParser() = default;

StatusOr<Document> JsonlRecordParser::Parse(std::string_view line,
                                            std::string_view fallback_id) {
  std::string repaired;
  std::string_view json = line;
  if (!simdjson::validate_utf8(line.data(), line.size())) {
    repaired = DecodePlainText(line).text;
    json = repaired;
  }
  simdjson::dom::element root;
  if (const simdjson::error_code error =
          impl_->parser.parse(json.data(), json.size(), /*realloc_if_needed=*/true).get(root)) {
    return DataLossError(std::string("malformed JSON: ") + simdjson::error_message(error));
  }
  simdjson::dom::object object;
  if (root.get_object().get(object)) return DataLossError("JSON line is not an object");

  Document document;
  document.input_bytes = line.size();
  bool has_text_field = false;
  bool has_html_field = false;
  std::string text;
  std::string html;
  bool seen_id = false, seen_url = false, seen_title = false, seen_published = false;
  bool seen_outlet = false, seen_language = false, seen_authors = false;
  for (const simdjson::dom::key_value_pair field : object) {
    const std::string_view key = field.key;
    const simdjson::dom::element value = field.value;
    if (value.is_null()) continue;
    // Duplicate keys: the first one wins.
    if (key == "id" && !seen_id) {
      seen_id = ScalarAsText(value, document.id);
    } else if (key == "url" && !seen_url) {
      seen_url = ScalarAsText(value, document.url);
    } else if (key == "title" && !seen_title) {
      seen_title = ScalarAsText(value, document.title);
    } else if (key == "published" && !seen_published) {
      seen_published = ScalarAsText(value, document.published);
    } else if (key == "outlet" && !seen_outlet) {
      seen_outlet = ScalarAsText(value, document.outlet);
    } else if (key == "language" && !seen_language) {
      seen_language = ScalarAsText(value, document.language);
    } else if (key == "authors" && !seen_authors) {
      seen_authors = true;
      ReadAuthors(value, document.authors);
    } else if ((key == "text" && !has_text_field) || (key == "html" && !has_html_field)) {
      const bool is_text = key == "text";
      std::string_view content;
      if (value.get_string().get(content)) {
        return DataLossError(std::string("field \"") + std::string(key) +
                             "\" is not a string");
      }
      (is_text ? text : html).assign(content);
      (is_text ? has_text_field : has_html_field) = true;
    }
  }
  if (!has_text_field && !has_html_field) return DataLossError("no \"text\" or \"html\" field");
  if (!IsBlankText(text) || !has_html_field) {
    if (IsBlankText(text)) return EmptyError("\"text\" is empty");
    document.format = DocumentFormat::kText;
    document.content = std::move(text);
    document.record_text = true;  // someone chose this text as the article: kept whole
  } else {
    if (IsBlankText(html)) return EmptyError("\"html\" is empty");
    document.format = DocumentFormat::kHtml;
    document.content = std::move(html);
  }
  if (document.id.empty()) document.id = std::string(fallback_id);
  document.source = document.url;
  return document;
}

}  // namespace crosscheck
