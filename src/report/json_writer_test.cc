#include "report/json_writer.h"

#include <gtest/gtest.h>
#include <simdjson.h>

namespace crosscheck {
namespace {

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
