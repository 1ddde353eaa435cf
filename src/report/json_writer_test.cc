#include "report/json_writer.h"

#include <gtest/gtest.h>
#include <simdjson.h>

#include <random>
#include <string>

namespace crosscheck {
namespace {

// Any string, escaped and parsed back by simdjson, is itself: plain runs appended in one go
// keep their bytes, escapes land where their characters were.
TEST(JsonWriterTest, EscapedStringsParseBackToThemselves) {
  std::mt19937 random(20261208);
  const std::string alphabet = std::string("ab \"\\\n\t\r\b\f\x01\x1f\x7f") + "\xC3\xA9";
  simdjson::dom::parser parser;
  for (int round = 0; round < 2000; ++round) {
    std::string value;
    const size_t length = random() % 24;
    for (size_t i = 0; i < length; ++i) {
      const size_t pick = random() % (alphabet.size() - 1);
      // The two bytes of "é" stay together: the string stays valid UTF-8.
      if (alphabet[pick] == '\xC3' || alphabet[pick] == '\xA9') {
        value += "\xC3\xA9";
      } else {
        value += alphabet[pick];
      }
    }
    std::string json;
    AppendJsonString(value, json);
    std::string_view parsed;
    ASSERT_EQ(parser.parse(json).get(parsed), simdjson::SUCCESS) << json;
    EXPECT_EQ(parsed, value) << json;
  }
}

TEST(JsonWriterTest, EscapesAndNests) {
  std::string out;
  JsonWriter json(out, 0);
  json.BeginObject();
  json.Field("a", "quote \" back \\ nl \n tab \t ctl \x01");
  json.FieldOrNull("b", "");
  json.Key("c");
  json.BeginArray();
  json.Number(1500);
  json.Number(2.5);
  json.Integer(-3);
  json.Bool(true);
  json.EndArray();
  json.Key("d");
  json.BeginObject();
  json.EndObject();
  json.EndObject();
  EXPECT_EQ(out, R"({"a":"quote \" back \\ nl \n tab \t ctl \u0001","b":null,"c":[1500,2.5,-3,true],"d":{}})");
}

TEST(JsonWriterTest, SanitizesInvalidUtf8SoOutputParses) {
  std::string out;
  JsonWriter json(out, 2);
  json.BeginObject();
  json.Field("text", "caf\xE9 “ok”");
  json.EndObject();
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  ASSERT_EQ(parser.parse(out).get(doc), simdjson::SUCCESS) << out;
  std::string_view text;
  ASSERT_EQ(doc["text"].get(text), simdjson::SUCCESS);
  EXPECT_EQ(text, "caf\xEF\xBF\xBD “ok”");
}

}  // namespace
}  // namespace crosscheck
