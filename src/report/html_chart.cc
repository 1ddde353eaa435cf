// A figure claim's values over time as inline SVG, written by hand: no script, no external
// reference, sized by its viewBox so it shrinks with the page.
//
// Layout, in viewBox units: the plot sits inside fixed margins (y tick labels on the left,
// dates below). x is linear in days between the first and last date; y is linear from zero to
// a "nice" top (1, 2 or 5 times a power of ten), or from a nice bottom when a value is
// negative. Sources take colours c0..c7 of the page's style in order of first appearance (a
// ninth source reuses c0); the legend below the plot is HTML, so it wraps on a phone. Each
// point carries a <title> tooltip (source, date, value); direct labels ("NIS 12,000") are
// placed right of their point and dropped when they would overlap a label already placed.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <utility>

#include "base/date.h"
#include "base/utf8.h"
#include "report/format.h"
#include "report/html_parts.h"

namespace crosscheck {
namespace {

// Narrow enough that text stays legible when a phone scales the chart to its width.
constexpr double kWidth = 480, kHeight = 240;
constexpr double kLeft = 60, kRight = 12, kTop = 18, kBottom = 30;
constexpr int kYTicks = 4;
constexpr size_t kColours = 8;
constexpr double kPointRadius = 5;
// A label's box, estimated: this many units per character, this tall.
constexpr double kLabelCharWidth = 7.4, kLabelHeight = 15;
constexpr size_t kMaxLabelSourceChars = 22;
// Days in a month and year for placing "2024-10" and "2024" at their middle.
constexpr int kMidMonthDay = 15, kMidYearMonth = 7;
constexpr int kThursdayOffset = 3;  // ISO week's Monday + 3

// The smallest 1, 2 or 5 times a power of ten that is at least `value` (> 0).
double NiceCeiling(double value) {
  const double power = std::pow(10.0, std::floor(std::log10(value)));
  for (double step : {1.0, 2.0, 5.0, 10.0}) {
    if (step * power >= value) return step * power;
  }
  return 10 * power;
}

std::string Number(double value) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", value);
  return buf;
}

std::string Svg(double value) { return Number(std::round(value * 10) / 10); }

struct Box {
  double x0, y0, x1, y1;
  bool Overlaps(const Box& other) const {
    return x0 < other.x1 && other.x0 < x1 && y0 < other.y1 && other.y0 < y1;
  }
};

}  // namespace

std::optional<double> ChartDay(std::string_view date) {
  if (date.size() == 8 && date[4] == '-' && (date[5] == 'W' || date[5] == 'w')) {
    int year = 0, week = 0;
    for (size_t i = 0; i < 4; ++i) {
      if (date[i] < '0' || date[i] > '9') return std::nullopt;
      year = year * 10 + (date[i] - '0');
    }
    for (size_t i = 6; i < 8; ++i) {
      if (date[i] < '0' || date[i] > '9') return std::nullopt;
      week = week * 10 + (date[i] - '0');
    }
    if (week < 1 || week > 53) return std::nullopt;
    // Week 1 holds 4 January; its Monday is 4 January minus (weekday of 4 January).
    const int64_t jan4 = DaysFromCivil(year, 1, 4);
    const int64_t weekday = ((jan4 % 7) + 7 + 3) % 7;  // 1970-01-01 was a Thursday: Monday = 0
    return static_cast<double>(jan4 - weekday + (week - 1) * 7 + kThursdayOffset);
  }
  if (date.size() == 4 &&
      std::all_of(date.begin(), date.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    const int year =
        (date[0] - '0') * 1000 + (date[1] - '0') * 100 + (date[2] - '0') * 10 + (date[3] - '0');
    return static_cast<double>(DaysFromCivil(year, kMidYearMonth, 1));
  }
  const std::optional<Date> parsed = ParseIsoDate(date);
  if (!parsed || !parsed->has_year()) return std::nullopt;
  if (parsed->month == 0) return static_cast<double>(DaysFromCivil(parsed->year, kMidYearMonth, 1));
  return static_cast<double>(
      DaysFromCivil(parsed->year, parsed->month, parsed->day == 0 ? kMidMonthDay : parsed->day));
}

std::string RenderValueChart(std::span<const ChartPoint> points, std::string_view unit) {
  if (points.empty()) return {};
  double first_day = points[0].day, last_day = points[0].day;
  double low = 0, high = 0;
  for (const ChartPoint& point : points) {
    if (!std::isfinite(point.day) || !std::isfinite(point.value)) return {};
    first_day = std::min(first_day, point.day);
    last_day = std::max(last_day, point.day);
    low = std::min(low, point.value);
    high = std::max(high, point.value);
  }
  if (last_day <= first_day) return {};
  if (high > 0) high = NiceCeiling(high);
  if (low < 0) low = -NiceCeiling(-low);
  if (high <= low) high = low + 1;

  // Sources in order of first appearance, each with its colour.
  std::vector<std::string> sources;
  std::map<std::string_view, size_t> source_of;
  for (const ChartPoint& point : points) {
    if (source_of.emplace(point.source, sources.size()).second) sources.push_back(point.source);
  }
  const auto colour = [&](std::string_view source) {
    return "c" + std::to_string(source_of[source] % kColours);
  };
  const double plot_width = kWidth - kLeft - kRight, plot_height = kHeight - kTop - kBottom;
  const auto x_of = [&](double day) {
    return kLeft + (day - first_day) / (last_day - first_day) * plot_width;
  };
  const auto y_of = [&](double value) {
    return kTop + (high - value) / (high - low) * plot_height;
  };

  std::string out = "<figure class=chart><svg viewBox=\"0 0 " + Svg(kWidth) + " " + Svg(kHeight) +
                    "\" role=img aria-label=\"";
  AppendHtmlEscaped(
      "values over time" + (unit.empty() ? std::string() : " (" + std::string(unit) + ")"), out);
  out += "\">";
  // Axes and y ticks.
  for (int tick = 0; tick <= kYTicks; ++tick) {
    const double value = low + (high - low) * tick / kYTicks;
    const double y = y_of(value);
    out += "<line class=grid x1=\"" + Svg(kLeft) + "\" x2=\"" + Svg(kWidth - kRight) + "\" y1=\"" +
           Svg(y) + "\" y2=\"" + Svg(y) + "\"/><text class=tick x=\"" + Svg(kLeft - 6) + "\" y=\"" +
           Svg(y + 4) + "\" text-anchor=end>" + HtmlEscape(FormatNumber(value)) + "</text>";
  }
  const auto date_label = [&](double day, std::string_view anchor) {
    const Date date = CivilFromDays(static_cast<int64_t>(std::floor(day)));
    out += "<text class=tick x=\"" + Svg(x_of(day)) + "\" y=\"" + Svg(kHeight - kBottom + 20) +
           "\" text-anchor=" + std::string(anchor) + ">" + HtmlEscape(date.ToIso()) + "</text>";
  };
  date_label(first_day, "start");
  date_label(last_day, "end");
  if (!unit.empty()) {
    out += "<text class=tick x=\"" + Svg(kLeft) + "\" y=\"" + Svg(kTop - 4) + "\">";
    AppendHtmlEscaped(Shorten(unit, kMaxLabelSourceChars * 2), out);
    out += "</text>";
  }

  // Points in time order, each (source, date, value, expected) once.
  std::vector<const ChartPoint*> ordered;
  for (const ChartPoint& point : points) ordered.push_back(&point);
  std::stable_sort(ordered.begin(), ordered.end(),
                   [](const ChartPoint* a, const ChartPoint* b) { return a->day < b->day; });
  std::set<std::tuple<double, double, std::string_view, bool>> seen;
  std::vector<const ChartPoint*> unique;
  for (const ChartPoint* point : ordered) {
    if (seen.emplace(point->day, point->value, point->source, point->expected).second) {
      unique.push_back(point);
    }
  }
  ordered = std::move(unique);
  // A source's points are joined in time order when it gives one value a day; two values on
  // one day (already there, expected in all) would draw a zigzag that says nothing.
  std::vector<std::vector<const ChartPoint*>> by_source(sources.size());
  for (const ChartPoint* point : ordered) by_source[source_of[point->source]].push_back(point);
  for (size_t source_idx = 0; source_idx < sources.size(); ++source_idx) {
    const std::vector<const ChartPoint*>& line = by_source[source_idx];
    bool one_a_day = line.size() >= 2;
    std::string path;
    for (size_t point_idx = 0; point_idx < line.size(); ++point_idx) {
      if (point_idx > 0 && line[point_idx - 1]->day == line[point_idx]->day) one_a_day = false;
      path += (point_idx == 0 ? "M" : " L") + Svg(x_of(line[point_idx]->day)) + " " +
              Svg(y_of(line[point_idx]->value));
    }
    if (one_a_day) {
      out += "<path class=\"line c" + std::to_string(source_idx % kColours) + "\" d=\"" + path +
             "\"/>";
    }
  }
  std::vector<Box> placed;
  for (const ChartPoint* point : ordered) {
    const double x = x_of(point->day), y = y_of(point->value);
    out += "<circle class=\"" + colour(point->source) + (point->expected ? " hollow" : "") +
           "\" cx=\"" + Svg(x) + "\" cy=\"" + Svg(y) + "\" r=\"" + Svg(kPointRadius) + "\"><title>";
    AppendHtmlEscaped(point->source + ", " + point->date + ": " + FormatNumber(point->value) +
                          (point->expected ? " (expected)" : ""),
                      out);
    out += "</title></circle>";
    if (placed.size() >= kMaxChartLabels) continue;
    const std::string label =
        Shorten(point->source, kMaxLabelSourceChars) + " " + FormatNumber(point->value);
    const double label_width = static_cast<double>(CountCodePoints(label)) * kLabelCharWidth;
    // Right of the point, or left of it near the right edge.
    const bool left = x + kPointRadius + 4 + label_width > kWidth;
    const double x0 = left ? x - kPointRadius - 4 - label_width : x + kPointRadius + 4;
    const Box box{x0, y - kLabelHeight + 4, x0 + label_width, y + 4};
    if (std::any_of(placed.begin(), placed.end(),
                    [&](const Box& other) { return other.Overlaps(box); }))
      continue;
    placed.push_back(box);
    out += "<text class=label x=\"" + Svg(x0) + "\" y=\"" + Svg(y + 4) + "\">";
    AppendHtmlEscaped(label, out);
    out += "</text>";
  }
  out += "</svg><figcaption>";
  for (const std::string& source : sources) {
    out += "<span class=key><i class=\"" + colour(source) + "\"></i>";
    AppendHtmlEscaped(source, out);
    out += "</span> ";
  }
  if (std::any_of(points.begin(), points.end(),
                  [](const ChartPoint& point) { return point.expected; }))
    out += "<span class=meta>hollow: expected</span>";
  out += "</figcaption></figure>";
  return out;
}

}  // namespace crosscheck
