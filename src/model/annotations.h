// Mentions found in an article's body: entities, quotes, quantities, time expressions.
//
// Every span is a byte range [begin, end) into Article::Body(); the annotations writer
// converts to code points at the output boundary. Produced by the annotate stage, read by
// reconcile and report. Value types.
#ifndef CROSSCHECK_MODEL_ANNOTATIONS_H_
#define CROSSCHECK_MODEL_ANNOTATIONS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck {

struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  bool empty() const { return end <= begin; }
  uint32_t size() const { return end > begin ? end - begin : 0; }
};

enum class EntityType : uint8_t { kPerson, kOrganization, kPlace, kGroup, kOther };
const char* EntityTypeName(EntityType type);

struct EntityMention {
  Span span;
  EntityType type = EntityType::kOther;
  std::string text;       // as written
  std::string canonical;  // fullest name this mention resolves to within the document
};

enum class QuoteKind : uint8_t { kDirect, kIndirect, kPartial };
const char* QuoteKindName(QuoteKind kind);

struct QuoteMention {
  QuoteKind kind = QuoteKind::kDirect;
  Span span;                     // the quoted words, without quotation marks
  std::string text;
  std::optional<Span> speaker;   // the speaker's mention in the text (name, role, pronoun)
  std::string speaker_text;      // as written at `speaker`
  std::string speaker_name;      // resolved name (a pronoun resolves to the name it stands for)
  std::optional<Span> cue;       // reporting verb or phrase: "said", "told reporters"
  std::string cue_text;
  // When one attribution's content is split (by its cue: "…," she said, "…"; or over
  // sentences of one paragraph): every piece in order, `span` then runs from the first piece
  // to the last and `text` joins them. Empty when the content is `span` alone.
  std::vector<Span> contents;
  bool mixed = false;   // reported speech holding quoted words (a partial quote nested in it)
  bool nested = false;  // a partial quote inside a reported clause: that clause's attribution
                        // is this quote's too (annotations output lists the clause only)
  // An act toward a content rather than a statement of it: a cue only the learned cue model
  // proposes, or a lexicon verb of doing (offer, find, seek, address, order, thank, …),
  // taking a noun phrase ("signed the bill", "hit the post", "offered 335 horsepower")
  // instead of a clause ("hinted that …", "appears to …"); and a source's request to stay
  // unnamed ("asked not to be named", "requested anonymity"). Kept in the annotations
  // (PolNeAR counts such attributions), left out of the report's quotes and claims.
  bool act = false;
};

enum class Approximation : uint8_t { kExact, kAbout, kAtLeast, kMoreThan, kAtMost, kUpTo, kRange };
const char* ApproximationName(Approximation approximation);
// The approximation a name of ApproximationName stands for ("more_than"); kExact otherwise.
Approximation ApproximationFromName(std::string_view name);
// A figure given as a movement: "rose 5%", "fell by 2 points", "down 1.9%" (and the level it
// moved to: "rose 5% to $84"). kNone for a plain level.
enum class QuantityChange : uint8_t { kNone, kUp, kDown };
const char* QuantityChangeName(QuantityChange change);  // "none", "up", "down"

struct QuantityMention {
  Span span;                    // the number expression, e.g. "around 12,000"
  std::string text;
  double value = 0;
  std::optional<double> upper;  // for ranges
  Approximation approximation = Approximation::kExact;
  QuantityChange change = QuantityChange::kNone;
  std::string unit;             // "%", "USD", "km"; empty for plain counts
  std::string counts;           // the counted noun phrase: "soldiers", "special forces"
  std::string measured;         // what the figure is of, named before it: "the trade deficit"
                                // (in "the trade deficit rose to $50bn"), "Chris Wood" (in
                                // "Chris Wood has scored 22 goals"); empty when not found
  Span sentence;                // the sentence it comes from
};

enum class TimeType : uint8_t { kDate, kTime, kDuration, kSet };
const char* TimeTypeName(TimeType type);

struct TimeMention {
  Span span;
  std::string text;
  TimeType type = TimeType::kDate;
  std::string value;      // TIMEX3-style: 2024-10-18, 2024-10, XXXX-10-18, P2Y, PRESENT_REF
  Span sentence;
};

// All mentions of one article; each vector sorted by span.begin.
struct Annotations {
  std::vector<EntityMention> entities;
  std::vector<QuoteMention> quotes;
  std::vector<QuantityMention> quantities;
  std::vector<TimeMention> times;
  // The body's sentences as the annotators read them (TextReading), kept so that
  // reconciliation reads the same sentences without splitting the body again. Empty when the
  // annotations came from elsewhere; readers then split the body themselves.
  std::vector<Span> sentences;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_MODEL_ANNOTATIONS_H_
