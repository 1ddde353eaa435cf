// The fast tokenizer's cases as a table, and the fast tree checked against gumbo's: on
// snippets that exercise each tree-construction rule, and on random pages (never a crash;
// identical trees when the random page is well formed). The check on every AEB page is
// eval/extract_parser_test.cc (label slow).
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "clean/extractor.h"
#include "clean/html/dom_tree.h"
#include "clean/html/fast_tokenizer.h"
#include "clean/html/tree_compare.h"

namespace crosscheck::html {
namespace {

// Tokens as one line each: "<tag a=v>", "</tag>", "'text'"; "/>" marks self-closing.
std::string Tokens(std::string_view html) {
  HtmlTokenizer tokenizer(html);
  HtmlToken token;
  std::string out;
  while (tokenizer.Next(token)) {
    if (!out.empty()) out += ' ';
    if (token.kind == TokenKind::kText) {
      out += "'" + std::string(token.text) + "'";
      continue;
    }
    std::string name = token.tag == GUMBO_TAG_UNKNOWN ? "?" : gumbo_normalized_tagname(token.tag);
    out += (token.kind == TokenKind::kEndTag ? "</" : "<") + name;
    for (const TokenAttribute& attribute : token.attributes) {
      out += " " + std::to_string(static_cast<int>(attribute.name)) + "=" + std::string(attribute.value);
    }
    out += token.self_closing ? "/>" : ">";
    if (token.kind == TokenKind::kStartTag && token.tag == GUMBO_TAG_STYLE) {
      tokenizer.EnterContent(token.tag, ContentModel::kRawText);
    } else if (token.kind == TokenKind::kStartTag && token.tag == GUMBO_TAG_SCRIPT) {
      tokenizer.EnterContent(token.tag, ContentModel::kScript);
    } else if (token.kind == TokenKind::kStartTag && token.tag == GUMBO_TAG_TITLE) {
      tokenizer.EnterContent(token.tag, ContentModel::kRcData);
    }
  }
  return out;
}

struct TokenCase {
  const char* html;
  const char* tokens;
};

TEST(HtmlTokenizer, Cases) {
  // Attribute numbers are DomAttr values: 0 class, 1 id, 13 type, 14 href.
  const TokenCase cases[] = {
      {"<p>Hi</p>", "<p> 'Hi' </p>"},
      {"<DIV Class=\"a b\" ID=x data-y=1>", "<div 0=a b 1=x>"},
      {"<a href='x>y' class=c>", "<a 14=x>y 0=c>"},
      {"<a class=1 class=2>", "<a 0=1 0=2>"},  // the tree keeps the first
      {"<br/><img src=x />", "<br/> <img/>"},
      {"a < b <3 c", "'a < b <3 c'"},
      {"x<!-- <p>no</p> -->y", "'x' 'y'"},
      {"x<!-->y<!--->z", "'x' 'y' 'z'"},
      {"<!DOCTYPE html><?xml x?>t</>u</9 z>v", "'t' 'u' 'v'"},
      {"<style>p { content: '<b>' }</style>", "<style> 'p { content: '<b>' }' </style>"},
      {"<script>if (a<b) x='</scr'+'ipt>';</script>",
       "<script> 'if (a<b) x='</scr'+'ipt>';' </script>"},
      {"<script><!-- document.write('<script>x</script>') --></script>k",
       "<script> '<!-- document.write('<script>x</script>') -->' </script> 'k'"},
      {"<title>A &amp; <b>B</b></title>", "<title> 'A & <b>B</b>' </title>"},
      {"&amp;&lt;&gt;&quot;&apos;&nbsp;&eacute;&hellip;&rsquo;",
       "'&<>\"'\xC2\xA0\xC3\xA9\xE2\x80\xA6\xE2\x80\x99'"},
      {"&#65;&#x42;&#X43;&#128;&#0;&#xD800;&#1114112;", "'ABC\xE2\x82\xAC\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD'"},
      {"&copy 2024 &notit; &nosuch; & &#; &#x;", "'\xC2\xA9 2024 \xC2\xACit; &nosuch; & &#; &#x;'"},
      {"<a href=\"?a=1&copy=2&amp;b\">", "<a 14=?a=1&copy=2&b>"},
      {"<p class=x", ""},  // a tag cut by the end of the page is dropped
      {"<p class='x", ""},
  };
  for (const TokenCase& test : cases) {
    EXPECT_EQ(Tokens(test.html), test.tokens) << test.html;
  }
}

TEST(HtmlTokenizer, CdataOnlyInForeignContent) {
  HtmlTokenizer tokenizer("<![CDATA[a<b]]>c");
  tokenizer.SetForeignContent(true);
  HtmlToken token;
  ASSERT_TRUE(tokenizer.Next(token));
  EXPECT_EQ(token.text, "a<b");
  EXPECT_EQ(Tokens("<![CDATA[a<b]]>c"), "'c'");  // a bogus comment (to the first '>') in HTML
}

TEST(HtmlTokenizer, TextKeepsItsSourceOffset) {
  std::string html = "<p>one &amp; two</p>";
  HtmlTokenizer tokenizer(html);
  HtmlToken token;
  ASSERT_TRUE(tokenizer.Next(token));
  ASSERT_TRUE(tokenizer.Next(token));
  EXPECT_EQ(token.offset, 3u);
  EXPECT_EQ(token.raw, "one &amp; two");
  EXPECT_EQ(token.text, "one & two");
}

std::string Difference(std::string_view html) {
  return FirstDifference(TreeLines(BuildDomTree(html, HtmlParser::kGumbo)),
                         TreeLines(BuildDomTree(html, HtmlParser::kFast)));
}

TEST(BuildTreeFast, MatchesGumboOnEachRule) {
  const char* cases[] = {
      "",
      "plain text",
      "<html lang=en><head><title>T</title><meta name=author content=X></head><body><p>a</body></html>",
      "<title>T</title><p>implied head and body",
      "<p>one<p>two<div>three</div>four",
      "<ul><li>a<li>b<ul><li>c</ul><li>d</ul>",
      "<dl><dt>a<dd>b<dt>c</dl>",
      "<h1>a<h2>b</h1>c",
      "<p><b>bold<i>both</b>italic</i>plain</p>",
      "<p><a href=x>one</p><p>two</a>three</p>",
      "<a href=1>one<a href=2>two</a>",
      "<a href=x><div>block in link</div></a>after",
      "<b><p>one</b>two</p>",
      "<table><tr><td>a<td>b<tr><td>c</table>",
      "<table><td>implied</td></table>",
      "<table>foster<tr><td>cell</td></tr></table>",
      "<table><div>fostered div</div><tr><td>x</table>",
      "<table><caption>cap</caption><colgroup><col></colgroup><thead><tr><th>h</thead><tbody><tr><td>d</table>",
      "<td>stray cell</td><tr>row</tr>",
      "<table><tr><td><table><tr><td>inner</table>outer</table>",
      "<select><option>a<option>b<optgroup><option>c</select>after",
      "<p>x<select><div>ignored</div><option>y</select>z",
      "<svg><title>t</title><path/><g><text>s</text></g></svg><p>after</p>",
      "<svg><p>breaks out</svg>",
      "<math><mi>x</mi></math>y",
      "<div><span>a<div>b</span>c</div>d</div>",
      "</p>stray end<p>then</p></div></span>",
      "<button>a<button>b</button>",
      "<p>a<hr>b<br>c</br>d",
      "<my-card class=c><my-title>t</my-title>body</my-card>",
      "<noscript><img src=x></noscript><p>a",
      "<head><noscript><style>x</style></noscript></head><body>b",
      "<script type=\"application/ld+json\">{\"a\": 1}</script><script>var x;</script><p>s",
      "<textarea>a<b>c</textarea><xmp><i>x</i></xmp>",
      "<nobr>a<nobr>b</nobr>",
      "<font><font><font><font>deep</font></font></font></font>",
      "<p><b><b><b><b>ark</b></b></b></b></p><p>after",
      "<object><p>in object</object>out",
      "<center><p>c</center><marquee>m</marquee>",
      "<pre>\n\nline</pre><listing>l</listing>",
      "<body class=b><p>x</p></body><p>after body</p></html><p>after html",
      "<p>quirks: no doctype<table><tr><td>in p</table>",
      "<!DOCTYPE html><p>standards<table><tr><td>after p</table>",
      "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.0 Transitional//EN\"><p>x<table><td>y</table>",
      "<div>early</div><body class=late id=b><p>x",
      "<head></head><noscript><p>after head</p></noscript><p>y",
  };
  for (const char* html : cases) EXPECT_EQ(Difference(html), "") << html;
}

// A random page: nested elements drawn from a pool of tags with text between them, written
// well formed (every element closed in order, void elements unclosed).
std::string RandomPage(std::mt19937& random, bool well_formed) {
  static const char* kTags[] = {"div", "p", "span", "a", "b", "i", "ul", "li", "h2", "section",
                                "article", "em", "strong", "blockquote", "figure", "figcaption",
                                "table", "tr", "td", "br", "img", "time", "small", "header",
                                "footer", "nav", "aside", "script", "style", "noscript", "font",
                                "select", "option", "svg", "custom-el", "pre", "dl", "dt", "dd"};
  static const char* kTexts[] = {"Hello", "world &amp; more", "a, b, c", " ", "&nbsp;", "x<y",
                                 "caf\xC3\xA9", "&#8217;", "text\nwith\tspace", ""};
  std::string html;
  std::vector<std::string> open;
  std::uniform_int_distribution<int> action(0, 9);
  int steps = std::uniform_int_distribution<int>(1, 60)(random);
  for (int step = 0; step < steps; ++step) {
    int choice = action(random);
    if (choice < 4) {
      std::string tag = kTags[random() % std::size(kTags)];
      html += "<" + tag + (random() % 3 == 0 ? " class=\"c" + std::to_string(random() % 5) + "\"" : "") + ">";
      bool is_void = tag == "br" || tag == "img";
      if (!is_void) open.push_back(tag);
    } else if (choice < 7 || open.empty()) {
      html += kTexts[random() % std::size(kTexts)];
    } else {
      std::string tag = well_formed ? open.back() : kTags[random() % std::size(kTags)];
      html += "</" + tag + ">";
      if (well_formed) open.pop_back();
    }
  }
  while (well_formed && !open.empty()) {
    html += "</" + open.back() + ">";
    open.pop_back();
  }
  if (!well_formed && !html.empty()) {  // byte-level damage
    for (int cut = 0; cut < 3; ++cut) {
      size_t at = random() % html.size();
      html[at] = "<>/=\"'&!-"[random() % 9];
    }
  }
  return html;
}

TEST(BuildTreeFast, RandomPagesNeverCrashAndWellFormedOnesMatchGumbo) {
  std::mt19937 random(20261123);
  auto extractor_fast = NewHtmlExtractor();
  int compared = 0, identical = 0;
  for (int round = 0; round < 400; ++round) {
    bool well_formed = round % 2 == 0;
    std::string html = RandomPage(random, well_formed);
    DomTree fast = BuildDomTree(html, HtmlParser::kFast);
    DomTree gumbo = BuildDomTree(html, HtmlParser::kGumbo);
    ASSERT_FALSE(fast.empty()) << html;
    Document document;
    document.id = "random";
    document.content = html;
    (void)extractor_fast->Extract(document);
    // Script/style/select/svg/table content follows special rules; a page with them is still
    // run (no crash) but compared only when free of them.
    bool simple = html.find("<script") == std::string::npos && html.find("<style") == std::string::npos &&
                  html.find("<noscript") == std::string::npos && html.find("<select") == std::string::npos &&
                  html.find("<svg") == std::string::npos && html.find("<table") == std::string::npos &&
                  html.find("<tr") == std::string::npos && html.find("<td") == std::string::npos &&
                  html.find("<option") == std::string::npos;
    if (!well_formed || !simple) continue;
    ++compared;
    std::string difference = FirstDifference(TreeLines(gumbo), TreeLines(fast));
    identical += difference.empty();
    EXPECT_EQ(difference, "") << html;
  }
  EXPECT_GT(compared, 20);
  EXPECT_EQ(identical, compared);
}

}  // namespace
}  // namespace crosscheck::html
