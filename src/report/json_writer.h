// JsonWriter: a small streaming JSON emitter for the report and annotation outputs.
//
// Writes to a std::string buffer the caller owns (flush it to a file as it grows). Strings
// are escaped per RFC 8259 and sanitized to valid UTF-8; doubles print in shortest
// round-trip-ish form, whole numbers without a fraction. Commas are inserted automatically.
// The caller is responsible for balanced Begin/End calls (a programmer error otherwise).
// Not thread-safe.
#ifndef CROSSCHECK_REPORT_JSON_WRITER_H_
#define CROSSCHECK_REPORT_JSON_WRITER_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck {

class JsonWriter {
 public:
  // `indent` > 0 pretty-prints with that many spaces; 0 writes one line.
  JsonWriter(std::string& out, int indent) : out_(out), indent_(indent) {}

  void BeginObject();
  void EndObject();
  void BeginArray();
  void EndArray();
  void Key(std::string_view key);

  void String(std::string_view value);
  // An empty string is written as null (the schema's "string or null").
  void StringOrNull(std::string_view value);
  void Number(double value);
  // An absent value is written as null.
  void NumberOrNull(const std::optional<double>& value);
  void Integer(long long value);
  void Bool(bool value);
  void Null();
  void StringArray(const std::vector<std::string>& values);

  // Key + value shorthands.
  void Field(std::string_view key, std::string_view value) { Key(key); String(value); }
  void FieldOrNull(std::string_view key, std::string_view value) { Key(key); StringOrNull(value); }

 private:
  void BeforeValue();
  void Close(char bracket);
  void NewLine();

  std::string& out_;
  int indent_;
  // Per open container: whether it already holds an element.
  std::vector<bool> has_element_;
  bool after_key_ = false;
};

// Appends `value` as a quoted, escaped JSON string.
void AppendJsonString(std::string_view value, std::string& out);

}  // namespace crosscheck

#endif  // CROSSCHECK_REPORT_JSON_WRITER_H_
