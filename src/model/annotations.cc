#include "model/annotations.h"

namespace crosscheck {

const char* EntityTypeName(EntityType type) {
  switch (type) {
    case EntityType::kPerson: return "person";
    case EntityType::kOrganization: return "organization";
    case EntityType::kPlace: return "place";
    case EntityType::kGroup: return "group";
    case EntityType::kOther: return "other";
  }
  return "other";
}

const char* QuoteKindName(QuoteKind kind) {
  switch (kind) {
    case QuoteKind::kDirect: return "direct";
    case QuoteKind::kIndirect: return "indirect";
    case QuoteKind::kPartial: return "partial";
  }
  return "direct";
}

const char* ApproximationName(Approximation approximation) {
  switch (approximation) {
    case Approximation::kExact: return "exact";
    case Approximation::kAbout: return "about";
    case Approximation::kAtLeast: return "at_least";
    case Approximation::kMoreThan: return "more_than";
    case Approximation::kAtMost: return "at_most";
    case Approximation::kUpTo: return "up_to";
    case Approximation::kRange: return "range";
  }
  return "exact";
}

Approximation ApproximationFromName(std::string_view name) {
  if (name == "about") return Approximation::kAbout;
  if (name == "at_least") return Approximation::kAtLeast;
  if (name == "more_than") return Approximation::kMoreThan;
  if (name == "at_most") return Approximation::kAtMost;
  if (name == "up_to") return Approximation::kUpTo;
  return Approximation::kExact;
}

const char* QuantityChangeName(QuantityChange change) {
  switch (change) {
    case QuantityChange::kNone: return "none";
    case QuantityChange::kUp: return "up";
    case QuantityChange::kDown: return "down";
  }
  return "none";
}

const char* TimeTypeName(TimeType type) {
  switch (type) {
    case TimeType::kDate: return "date";
    case TimeType::kTime: return "time";
    case TimeType::kDuration: return "duration";
    case TimeType::kSet: return "set";
  }
  return "date";
}

}  // namespace crosscheck
