// Reported speech (indirect.cc, indirect_subjects.cc) through the whole pipeline: one case per
// reading rule, on made-up sentences. Rows are "kind|speaker_name|cue|text" (quotes_test.cc).
#include "annotate/indirect.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "annotate/test_support.h"

namespace crosscheck {
namespace {

std::vector<std::string> Quotes(const std::vector<std::string>& paragraphs) {
  const Annotations out = testing::RunPipeline(paragraphs, "2024-10-18");
  std::vector<std::string> rows;
  for (const QuoteMention& q : out.quotes) {
    rows.push_back(std::string(q.mixed ? "mixed" : QuoteKindName(q.kind)) + "|" + q.speaker_name +
                   "|" + q.cue_text + "|" + q.text);
  }
  return rows;
}

struct Case {
  std::vector<std::string> paragraphs;
  std::vector<std::string> expected;
};

void ExpectQuotes(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    std::string input;
    for (const auto& p : c.paragraphs) input += p + " / ";
    EXPECT_EQ(Quotes(c.paragraphs), c.expected) << input;
  }
}

// A period with words after it is an abbreviation's, not the end of "CLAUSE, said NP.".
TEST(ReportedSpeech, AbbreviationIsNoSentenceEnd) {
  ExpectQuotes({
      {{"Anna Berg, a founder of the group, said Mrs. Smith had avoided the question."},
       {"indirect|Anna Berg|said|Mrs. Smith had avoided the question"}},
  });
}

// Subjects found by their clause boundaries, for any lexicon verb (not only verbs of saying),
// with the "be" of a progressive among the auxiliaries.
TEST(ReportedSpeech, LooseSubjectsOfAttributionVerbs) {
  ExpectQuotes({
      {{"Large majorities of the farmers in three northern provinces have endorsed the plan."},
       {"indirect|Large majorities of the farmers in three northern provinces|have endorsed|"
        "the plan"}},
      {{"Farmers across the three northern provinces are opposing the new water plan."},
       {"indirect|Farmers across the three northern provinces|are opposing|the new water plan"}},
      // A pronoun is a whole subject: the words before it are no source.
      {{"The agency released satellite images it said showed a new base."}, {}},
  });
}

// A source's request to stay unnamed is an act, not a statement: kept in the annotations,
// left out of the report; a content that runs on into what was said stays a statement.
TEST(ReportedSpeech, AnonymityRequestsAreActs) {
  const Annotations out = testing::RunPipeline(
      {"\"It is over,\" said one trader, who asked not to be named.",
       "A diplomat, who requested anonymity because the talks are private, said they stalled.",
       "The official asked not to be identified, said that the claim was false."},
      "2024-10-18");
  std::vector<std::string> acts, statements;
  for (const QuoteMention& q : out.quotes) (q.act ? acts : statements).push_back(q.text);
  EXPECT_NE(std::find(acts.begin(), acts.end(), "not to be named"), acts.end());
  EXPECT_TRUE(std::any_of(acts.begin(), acts.end(),
                          [](const std::string& a) { return a.starts_with("anonymity"); }));
  EXPECT_TRUE(std::none_of(acts.begin(), acts.end(), [](const std::string& a) {
    return a.find("claim was false") != std::string::npos;
  }));
}

// A name with its chain of places opening the sentence, then a comma: no apposition opens
// before it (this once read the token before the sentence's first, out of bounds; ASan).
TEST(ReportedSpeech, NameChainOpeningTheSentence) {
  const std::vector<std::string> rows =
      Quotes({"Deputy House Republican Leader Tom Berg of Vermont, said he believed the mayor was "
              "right."});
  for (const std::string& row : rows) EXPECT_EQ(row.find("Vermont|"), std::string::npos) << row;
}

// An apposition after a name's parenthesis, or holding a compound noun that opens with a
// reporting word ("think tank", "talk show host"), still has the name before it as subject.
TEST(ReportedSpeech, AppositionsPastParenthesesAndCompounds) {
  ExpectQuotes({
      {{"Rep. Jo Ray (Mich.), a member of the budget panel, said the harbour would reopen."},
       {"indirect|Jo Ray|said|the harbour would reopen"}},
      {{"Ana Berg, a fellow at the Harbour Institute think tank, said the port had failed."},
       {"indirect|Ana Berg|said|the port had failed"}},
      {{"Bo Lind, a talk show host, said that the mayor had lied."},
       {"indirect|Bo Lind|said|that the mayor had lied"}},
  });
}

// "As reported by NP, CLAUSE", "CLAUSE, as NP reported on Tuesday, …"; "as if to say", "as
// well as" and "As in NP" are no attributions.
TEST(ReportedSpeech, AsAttributions) {
  ExpectQuotes({
      {{"As reported by the Harbour Gazette, inspectors found cracks in the pier."},
       {"indirect|Harbour Gazette|As reported by|inspectors found cracks in the pier"}},
      {{"The mayor met the union that day, as the Gazette reported on Tuesday, and left."},
       {"indirect|Gazette|reported|The mayor met the union that day"}},
      {{"As in the north, the shift starts around 6 a.m. and ends at 4 p.m."}, {}},
  });
}

// "Asked …" with a time or place adjunct before the question: the question is the content.
TEST(ReportedSpeech, AskedPastAnAdjunct) {
  ExpectQuotes({
      {{"Asked during a debate in March why the harbour stayed closed, the mayor shrugged."},
       {"indirect||Asked|why the harbour stayed closed"}},
  });
}

// "according to" after an opening adjunct without a verb, or a parenthesis.
TEST(ReportedSpeech, AccordingToAfterAnOpening) {
  ExpectQuotes({
      {{"In addition, according to the ministry, nine harbours will reopen next year."},
       {"indirect|ministry|according to|nine harbours will reopen next year"}},
      {{"(According to the port authority, it keeps no records of such closures.)"},
       {"indirect|port authority|According to|it keeps no records of such closures"}},
  });
}

// A share alone ("42% say …") and "those surveyed" are subjects of a poll's findings.
TEST(ReportedSpeech, PollSubjects) {
  ExpectQuotes({
      {{"On taxes, 53% describe themselves as liberal; 26% say they are conservative."},
       {"indirect|53%|describe|themselves as liberal", "indirect|26%|say|they are conservative"}},
      {{"By wide margins, those surveyed say the harbour should be rebuilt first."},
       {"indirect|those surveyed|say|the harbour should be rebuilt first"}},
  });
}

// An object noun phrase may open with a quantifier.
TEST(ReportedSpeech, QuantifierOpensObject) {
  ExpectQuotes({
      {{"The mayor blamed several factors for the long delay."},
       {"indirect|mayor|blamed|several factors for the long delay"}},
  });
}

// "One of the authors of the report, Ana Ruiz, said": when the phrase before the apposition
// is no subject the rules take (here it holds "report", a reporting word), the name in the
// apposition speaks.
TEST(ReportedSpeech, AppositiveName) {
  ExpectQuotes({
      {{"One of the authors of the report, Ana Ruiz, said the results were clear."},
       {"indirect|Ana Ruiz|said|the results were clear"}},
  });
}

// Statement nouns with an owner: requests, estimates, threats.
TEST(ReportedSpeech, StatementNouns) {
  ExpectQuotes({
      {{"Novak's request for more time was refused by the court."},
       {"indirect|Novak's|request for|more time was refused by the court"}},
  });
}

// "''…,'' Mr. Novak said, adding that …": two straight apostrophes are a quotation mark, and
// the participle takes the quote's speaker.
TEST(ReportedSpeech, ParticipleAfterApostropheQuote) {
  ExpectQuotes({
      {{"Minister Jan Novak spoke.",
        "''We will win,'' Mr. Novak said, adding that the vote would be close."},
       {"direct|Jan Novak|said|We will win,",
        "indirect|Jan Novak|adding|that the vote would be close"}},
  });
}

// "Novak, meanwhile, was campaigning …, promising that …": the subject before an insert.
TEST(ReportedSpeech, MainSubjectBeforeInsert) {
  ExpectQuotes({
      {{"Jan Novak, meanwhile, was campaigning in the north, promising that taxes would fall."},
       {"indirect|Jan Novak|promising|that taxes would fall"}},
      // A dateline or an adverb before the comma is no subject.
      {{"Likewise, the party was campaigning in the north, promising that taxes would fall."},
       {"indirect|party|promising|that taxes would fall"}},
  });
}

// "…?'' Mr. Novak asked, adding that …": a longer next sentence is the quote's attribution
// when a comma closes the cue.
TEST(ReportedSpeech, AttributionSentenceAfterQuestion) {
  ExpectQuotes({
      {{"Minister Jan Novak spoke.",
        "\"Where is the money?\" Mr. Novak asked, adding that the audit would go on for months."},
       {"direct|Jan Novak|asked|Where is the money?",
        "indirect|Jan Novak|adding|that the audit would go on for months"}},
  });
}

// A participle hangs on its clause's subject: past opening adjuncts, a dateline and inserts,
// before the first finite verb (an irregular past too), a later coordinated clause's own
// subject first; an abstract noun speaks for nobody.
TEST(ReportedSpeech, ParticipleTakesItsClauseSubject) {
  ExpectQuotes({
      {{"Hours later, Mara Voss returned the favour, telling reporters the bridge would reopen."},
       {"indirect|Mara Voss|telling|reporters the bridge would reopen"}},
      {{"The veteran trawlerman began by describing the storm, saying that the nets had torn."},
       {"indirect|veteran trawlerman|saying|that the nets had torn"}},
      {{"At a rally in Tromso, Norway, on Sunday, Mrs. Dahl took the stage, saying she "
        "understood the anger."},
       {"indirect|Dahl|saying|she understood the anger"}},
      {{"Ivo Marek, the favourite of the party base, has been even sharper, warning that the "
        "deal would fail."},
       {"indirect|Ivo Marek|warning|that the deal would fail"}},
      {{"Fishermen blocked the harbour, and the union of dock workers has sued the port, "
        "arguing that the fees break the contract."},
       {"indirect|union of dock workers|arguing|that the fees break the contract"}},
      // A dateline closed by a horizontal bar (U+2015) is no part of the subject.
      {{"OSLO \u2015 The harbour union said it is looking for a new chair."},
       {"indirect|harbour union|said|it is looking for a new chair"}},
      // A pronoun opening the sentence is a subject; an apposition's participle ("allied")
      // is no verb of a clause of its own.
      {{"He singled out the union, a group allied with the mayor, saying its members had lied."},
       {"indirect||saying|its members had lied"}},
      // A dateline is no part of a reported clause.
      {{"OSLO, Norway (AP) \u2014 The harbour will reopen next week, the port authority said."},
       {"indirect|port authority|said|The harbour will reopen next week"}},
      // A time adjunct after the subject is no part of it.
      {{"The harbour board on Friday rejected the plan, saying the fees were too high."},
       {"indirect|harbour board|rejected|the plan",
        "indirect|harbour board|saying|the fees were too high"}},
      // A participle that is no verb of saying needs a subject that can speak.
      {{"The deal will help the carrier, trying to survive by cutting costs."},
       {"indirect|||to survive by cutting costs"}},
      {{"The performance drew loud cheers across the hall, suggesting that the mood had "
        "turned."},
       {"indirect|||that the mood had turned"}},
  });
}

}  // namespace
// After a quote's closing mark, "DETERMINER NOUN VERB." names its speaker whatever the noun
// ("the host", "the report", "one of those advisers", "a source involved in …"), and a
// statement, letter or suit "reads".
TEST(ReportedSpeech, SpeakerPhrasesAfterAQuote) {
  ExpectQuotes({
      {{"\"The vote was fair,\" the host said."}, {"direct|host|said|The vote was fair,"}},
      {{"\"Rates will rise,\" the report concluded."},
       {"direct|report|concluded|Rates will rise,"}},
      {{"\"There is no path left,\" said one of those advisers, who asked not to be named."},
       {"direct|one of those advisers|said|There is no path left,",
        "indirect|advisers|asked|not to be named"}},
      {{"\"It is a way to take part,\" says a source involved in the talks."},
       {"direct|a source|says|It is a way to take part,"}},
      {{"\"The delay is unacceptable,\" the letter read."},
       {"direct|letter|read|The delay is unacceptable,"}},
      {{"\"Who will pay for the bridge?\" the 61-year-old asked in the meeting."},
       {"direct|61-year-old|asked|Who will pay for the bridge?"}},
      {{"\"We must engage them,\" wrote the authors of the report."},
       {"direct|authors|wrote|We must engage them,"}},
  });
}

// The cue of a quote further from its marks: at the end of the quote's sentence after other
// words, in a longer next sentence after "!" or "?" when an adjunct follows it, after an
// adverb, or a pronoun opening the sentence of a participle or "went on to say".
TEST(ReportedSpeech, CuesFurtherFromTheQuote) {
  ExpectQuotes({
      {{"Mayor Ana Ruiz spoke. \"The budget comes first\" before any talk of new roads, she "
        "said."},
       {"direct|Ana Ruiz|said|The budget comes first"}},
      {{"\"Our harbour is open again!\" Senator Ana Ruiz said as she cut the ribbon at the new "
        "quay on Monday."},
       {"direct|Ana Ruiz|said|Our harbour is open again!"}},
      {{"Mayor Ana Ruiz spoke. She also noted, \"When you attack him, he punches back.\""},
       {"direct|Ana Ruiz|noted|When you attack him, he punches back."}},
      {{"Mayor Ana Ruiz spoke. She went on to say, \"The budget is balanced.\""},
       {"direct|Ana Ruiz|say|The budget is balanced."}},
      // An abbreviation's period inside the apposition, an honorific's before the name, and
      // "said of …" after "!".
      {{"\"Full steam ahead!\" Gov. Tomas Berg, R-Ore., said of the crowded session in the "
        "capitol."},
       {"direct|Tomas Berg|said|Full steam ahead!"}},
  });
}

// "CLAUSE, as per NP." and "CLAUSE, per NP.": the source closes the sentence; "per" inside a
// rate is no attribution.
TEST(ReportedSpeech, ClosingPer) {
  ExpectQuotes({
      {{"Further aid measures include the provision of weapons to the army, as per Yonhap."},
       {"indirect|Yonhap|as per|Further aid measures include the provision of weapons to the "
        "army"}},
      {{"The deal was worth three billion dollars, per the Financial Times."},
       {"indirect|Financial Times|per|The deal was worth three billion dollars"}},
      {{"Investors paid thirty dollars per share on Monday."}, {}},
  });
}

// "We" outside quotation marks is the publication, never the organization named before it.
TEST(ReportedSpeech, NarratorWeHasNoAntecedent) {
  ExpectQuotes({
      {{"Reuters reported the talks had stalled.",
        "We keep our reporting open because we believe in the power of free information."},
       {"indirect|Reuters|reported|the talks had stalled",
        "indirect||believe in|the power of free information"}},
  });
}

// A reported statement that runs into a direct quotation of its sentence ends before the
// quotation; an insert may be set off by dashes; "…, says that X …" opens a clause, not a
// source after the verb.
TEST(ReportedSpeech, StatementsBeforeQuotesInsertsAndClauses) {
  ExpectQuotes({
      {{"Lindqvist said the club would still meet on Fridays, but said, \"The old hall is too "
        "small.\""},
       {"indirect|Lindqvist|said|the club would still meet on Fridays",
        "direct|Lindqvist|said|The old hall is too small."}},
      {{"The court's chief justice -- who has been in a dispute with the senator for days -- "
        "said she regretted her remarks."},
       {"indirect|court's chief justice|said|she regretted her remarks"}},
      {{"Northgate Events, a booking agency, says that Okafor, who sings at weddings, has lost "
        "most of his summer work."},
       {"indirect|Northgate Events|says|that Okafor, who sings at weddings, has lost most of "
        "his summer work"}},
  });
}

// "he"/"she": the nearest fitting person, not one whose gender the document gives
// otherwise, and the subject's chain before a later object ("subject preference").
TEST(ReportedSpeech, PronounsResolvedByGenderAndSubject) {
  ExpectQuotes({
      {{"Maria Lind and Tomas Berg arrived in Oslo on Monday. She said the talks had gone well."},
       {"indirect|Maria Lind|said|the talks had gone well"}},
      {{"Jan Novak grew up near the border. He went looking for his brother, Petr Novak, in the "
        "south. He said the war had been cruel."},
       {"indirect|Jan Novak|said|the war had been cruel"}},
  });
}

// A time adjunct opening the sentence is no part of the speaker; a title word before an
// organization keyword is part of the body's name ("Premier League"), not a person's title.
TEST(ReportedSpeech, SpeakersWithoutLeadingTimesOrBorrowedTitles) {
  ExpectQuotes({
      {{"Last November the league said it would review the rules."},
       {"indirect|league|said|it would review the rules"}},
      {{"The Premier League said the match would be replayed in March."},
       {"indirect|Premier League|said|the match would be replayed in March"}},
  });
}

// A relative clause quoting a few words ends with a comma inside the closing mark; the verb
// after it is still the statement's ("X, who called Y a “crook,” said …"). A quotation
// before an inverted "said NAME" is no such insert.
TEST(ReportedSpeech, AppositionEndingInsideAShortQuote) {
  ExpectQuotes({
      {{"Baxter, who calls the mayor a \u201Ccrook,\u201D said he does not think the plan will "
        "pass the council."},
       {"mixed|Baxter|calls|the mayor a \u201Ccrook,\u201D", "partial|Baxter|calls|crook,",
        "indirect|Baxter|said|he does not think the plan will pass the council"}},
      {{"Lena Ortiz, who called the vote a ''sham,'' said it would be appealed."},
       {"mixed|Lena Ortiz|called|the vote a ''sham,''", "partial|Lena Ortiz|called|sham,",
        "indirect|Lena Ortiz|said|it would be appealed"}},
  });
}

// "CLAUSE, NP said, adding that CLAUSE": two statements of one speaker, not one content split
// by its attribution.
TEST(ReportedSpeech, ClosingAttributionThenParticiple) {
  ExpectQuotes({
      {{"The driver left before the police arrived, Morgan said, adding that he was a quiet man."},
       {"indirect|Morgan|said|The driver left before the police arrived",
        "indirect|Morgan|adding|that he was a quiet man"}},
      {{"The driver left, Morgan said, and the street was empty."},
       {"indirect|Morgan|said|The driver left and the street was empty"}},
  });
}

// A second statement of the subject inside a sentence ends the first one's content: after a
// comma and a conjunction with auxiliaries ("…, but has since said …"), a participle after a
// subordinator ("…, while noting that …"); an indirect question after a question verb.
TEST(ReportedSpeech, SecondStatementsAndIndirectQuestions) {
  ExpectQuotes({
      {{"Lund said the fee was fair, but has since said he now believes it needs reform."},
       {"indirect|Lund|said|the fee was fair",
        "indirect|Lund|has since said|he now believes it needs reform"}},
      // After an object noun phrase no comma is needed.
      {{"Lund often questions Ray's ties to donors and has called for an inquiry."},
       {"indirect|Lund|often questions|Ray's ties to donors",
        "indirect|Lund|has called for|an inquiry"}},
      // Without the comma a clause's coordination stays inside the content.
      {{"Lund said he had not held any dinners and never called a donor."},
       {"indirect|Lund|said|he had not held any dinners and never called a donor"}},
      {{"The senators said they would vote for the bill, while noting that it was flawed."},
       {"indirect|senators|said|they would vote for the bill",
        "indirect|senators|noting|that it was flawed"}},
      {{"The firms warned they could sell their bonds, even though many analysts doubt they "
        "would do it."},
       {"indirect|firms|warned|they could sell their bonds",
        "indirect|many analysts|doubt|they would do it"}},
      {{"Ruiz said the plan was a \u201Cfarce,\u201D describing the board as reckless."},
       {"mixed|Ruiz|said|the plan was a \u201Cfarce,\u201D", "partial|Ruiz|said|farce,",
        "indirect|Ruiz|describing|the board as reckless"}},
      {{"Ruiz questioned how the board had picked its members."},
       {"indirect|Ruiz|questioned|how the board had picked its members"}},
  });
}

// Speakers behind what stands between them and their verb: a document they put out ("issued
// a statement saying"), inserts of age, place or occasion ("X, 22, of Leeds, said"), the
// apposition of a name that holds a name of its own ("X, the editor of …, The Gazette,
// said"); a clause after "that" may open with an adjunct between commas.
TEST(ReportedSpeech, SpeakersPastDocumentsAndInserts) {
  ExpectQuotes({
      {{"The candidate sent out an email to supporters on Tuesday urging them to vote early."},
       {"indirect|candidate|urging|them to vote early"}},
      {{"Tom Berg, 22, of Leeds, England, said he had not given up hope."},
       {"indirect|Tom Berg|said|he had not given up hope"}},
      {{"Ruiz, during a town hall meeting in Leeds, England, said she would cut taxes."},
       {"indirect|Ruiz|said|she would cut taxes"}},
      {{"Ana Ruiz, the editor of the city's paper, The Harbour Gazette, said every mayor was "
        "proud."},
       {"indirect|Ana Ruiz|said|every mayor was proud"}},
      {{"One of the report's authors, Ana Ruiz, said the data were old."},
       {"indirect|Ana Ruiz|said|the data were old"}},
      // A weekday is a time, never a speaker: the subject is found past it.
      {{"Governor Tom Berg on Friday announced that he had signed the order."},
       {"indirect|Tom Berg|announced|that he had signed the order"}},
      {{"One pastor backing the mayor, Jo Ray of the Baptist Church in Marion, said he had "
        "called other pastors."},
       {"indirect|Jo Ray|said|he had called other pastors"}},
      // "that's" opens the content as its subject.
      {{"Shaw said that's what he would expect."},
       {"indirect|Shaw|said|that's what he would expect"}},
      // Auxiliaries after an apposition; an organization's "which" clause.
      {{"Mr. Lund, a Republican, has not endorsed Mr. Ray."},
       {"indirect|Lund|has not endorsed|Mr. Ray"}},
      {{"The Workers of America, which endorsed Mr. Ray, said they would campaign."},
       {"indirect|Workers of America|endorsed|Mr. Ray",
        "indirect|Workers of America|said|they would campaign"}},
      {{"Lund, the party's nominee, is expected to name his running mate."},
       {"indirect||is expected|Lund to name his running mate"}},
      // Auxiliaries after a parenthesis, a place adverb, "only".
      {{"Sen. Jo Ray (D-Ga.) has said the plan would fail."},
       {"indirect|Jo Ray|has said|the plan would fail"}},
      {{"Officials there have said the plan would fail."},
       {"indirect|Officials|have said|the plan would fail"}},
      {{"A spokesman for Lund would only say that the plan would fail."},
       {"indirect|A spokesman for Lund|would only say|that the plan would fail"}},
      // A clause whose common-noun subject a finite verb follows; a progressive after an
      // apposition; "'s" as "is"; "continued to say".
      {{"The mayor hopes voter anger will fade by spring."},
       {"indirect|mayor|hopes|voter anger will fade by spring"}},
      {{"Ana Ruiz, the chairwoman of the party, is backing Lund in the primary."},
       {"indirect|Ana Ruiz|is backing|Lund in the primary"}},
      {{"Berg continued to say he had never met her."},
       {"indirect|Berg|continued to say|he had never met her"}},
      // Polls: names joined by a slash, shares of people, an answer.
      {{"The latest Harbour/Lake poll showed Lund leading the field."},
       {"indirect|latest Harbour/Lake poll|showed|Lund leading the field"}},
      {{"About 4 in 10 say they want a more liberal president."},
       {"indirect|About 4 in 10|say|they want a more liberal president"}},
      {{"Lund has 40 percent, and another 12 percent who say they might vote for him."},
       {"indirect|another 12 percent|say|they might vote for him"}},
      // Poll groups and a floating "all".
      {{"Men under 35 support Lund by four points."},
       {"indirect|Men under 35|support|Lund by four points"}},
      {{"Only 19 percent of the students polled support Ray."},
       {"indirect|Only 19 percent of the students polled|support|Ray"}},
      {{"The new senators will all support the party's efforts."},
       {"indirect|new senators|will all support|the party's efforts"}},
      // The question beside its answer; the one who asks, when named.
      {{"Asked about the charges, Lund said that they were false."},
       {"indirect||Asked about|the charges", "indirect|Lund|said|that they were false"}},
      {{"Asked by Matt Ray whether she had practiced, Ana Lund said she had not."},
       {"indirect|Matt Ray|Asked|whether she had practiced", "indirect|Ana Lund|said|she had not"}},
      // Without a comma the question ends before the answer's speaker.
      {{"Asked about the fees Mr Lund said he would pay them."},
       {"indirect||Asked about|the fees", "indirect|Lund|said|he would pay them"}},
      // A closing attribution after a partial quote keeps the clause it ends.
      {{"Closing the agency would \u201Churt many students,\u201D Lund said."},
       {"mixed|Lund|said|Closing the agency would \u201Churt many students,\u201D",
        "partial|Lund|said|hurt many students,"}},
      // "said at a news conference" has no content; "said on Tuesday" is a time.
      {{"Lund said at a news conference."}, {}},
      {{"Lund said on Tuesday the plan would fail."}, {"indirect|Lund|said|the plan would fail"}},
      {{"Berg added that, in Ohio, his voters were uncertain."},
       {"indirect|Berg|added|that, in Ohio, his voters were uncertain"}},
  });
}

// A passive with its agent: the agent is the source, the passive's subject (or the noun
// phrase before a participle's comma) the content. No agent opens with a gerund or a margin.
TEST(ReportedSpeech, PassiveAgents) {
  ExpectQuotes({
      {{"Lund has been criticized by some of his rivals for failing to act."},
       {"indirect|some of his rivals|has been criticized by|Lund"}},
      {{"The campaign, first reported by The Harbour Gazette, is a key part of the plan."},
       {"indirect|Harbour Gazette|first reported by|The campaign"}},
      {{"The race was decided by 5 votes in the end."}, {}},
      // "responded by calling": the participle's own statement, no passive.
      {{"Lund responded by calling the plan a disaster."},
       {"indirect|Lund|calling|the plan a disaster"}},
  });
}

// A common noun that speaks for the person or place named after it is the speaker ("a
// lawyer for X", "residents of X"), also past two names joined by "and"; a title before a
// name leaves the name, and an email from a person is the person's.
TEST(ReportedSpeech, SpeakersForOthers) {
  ExpectQuotes({
      {{"A spokeswoman for Ana Ruiz said the plan would fail."},
       {"indirect|A spokeswoman for Ana Ruiz|said|the plan would fail"}},
      {{"Residents of Tarnby said the shelling went on all night."},
       {"indirect|Residents of Tarnby|said|the shelling went on all night"}},
      {{"Officials in Kyiv and Moscow said the talks had stalled."},
       {"indirect|Officials in Kyiv and Moscow|said|the talks had stalled"}},
      {{"Diplomats from France and the United States said the plan would fail."},
       {"indirect|Diplomats from France and the United States|said|the plan would fail"}},
      {{"Minister of Finance Ana Ruiz said the plan would fail."},
       {"indirect|Ana Ruiz|said|the plan would fail"}},
      // An office's title with its department or place speaks as a whole.
      {{"The Secretary of State said the plan would fail."},
       {"indirect|Secretary of State|said|the plan would fail"}},
      {{"The Mayor of Tarnby said the plan would fail."},
       {"indirect|Mayor of Tarnby|said|the plan would fail"}},
      {{"An email from Ana Ruiz said the plan would fail."},
       {"indirect|Ana Ruiz|said|the plan would fail"}},
      // An adjective or participle between the noun and its preposition; "those" with its
      // relative clause; a name joined to a possessive phrase.
      {{"A source close to the minister said the talks would resume."},
       {"indirect|A source close to the minister|said|the talks would resume"}},
      {{"Sources close to Ana Ruiz said the talks would resume."},
       {"indirect|Sources close to Ana Ruiz|said|the talks would resume"}},
      {{"People familiar with the matter said the talks would resume."},
       {"indirect|People familiar with the matter|said|the talks would resume"}},
      // A name after its lower-case role fills an apposition ("His wife, longtime aide X,").
      {{"His wife, longtime aide Ana Ruiz, announced they were separated."},
       {"indirect|Ana Ruiz|announced|they were separated"}},
      {{"Those close to Lund say he will not run again."},
       {"indirect|Those close to Lund|say|he will not run again"}},
      {{"Those who know him say he will not run again."},
       {"indirect|Those who know him|say|he will not run again"}},
      {{"Lund and his wife have said they will not move."},
       {"indirect|Lund and his wife|have said|they will not move"}},
      // The auxiliaries after a subject read back from the verb belong to the cue.
      {{"A spokesman for Ruiz's 2016 campaign didn't respond to a request for comment."},
       {"indirect|A spokesman for Ruiz's 2016 campaign|didn't respond to|"
        "a request for comment"}},
  });
}

// Quoted words that complete a clause begun outside the marks, however long, make it a
// mixed statement of the closing attribution; a statement read inside quoted words ends
// with them, and one that opens before them runs to their closing mark.
TEST(ReportedSpeech, StatementsAndQuotationMarks) {
  ExpectQuotes({
      {{"The soldiers \u201Care expected to be sent to the front as soon as they finish their "
        "training in the east,\u201D it said."},
       {"mixed||said|The soldiers \u201Care expected to be sent to the front as soon as they "
        "finish their training in the east,\u201D",
        "partial||said|are expected to be sent to the front as soon as they finish their "
        "training in the east,"}},
      {{"The agency said it had \u201Cseen that in May the army moved its units to the border, "
        "confirming the start of the campaign\u201D in the region."},
       {"mixed|agency|said|it had \u201Cseen that in May the army moved its units to the "
        "border, confirming the start of the campaign\u201D",
        "partial|agency|said|seen that in May the army moved its units to the border, confirming "
        "the start of the campaign",
        "indirect|agency|confirming|the start of the campaign"}},
      // A statement cut before a direct quotation leaves the quotation its subject; a
      // modal between subject and verb still gives the quotation its speaker.
      {{"She thought that if she won, people would say \"why not before?\" If she lost, they "
        "would say she was done."},
       {"indirect||thought|that if she won", "direct|people|say|why not before?",
        "indirect||would say|she was done"}},
      // A "that" inside the quoted words is theirs: the cue stays "said".
      {{"The agency said it had \u201Cdetected that in May the army moved its units to the "
        "border\u201D."},
       {"mixed|agency|said|it had \u201Cdetected that in May the army moved its units to the "
        "border\u201D",
        "partial|agency|said|detected that in May the army moved its units to the border"}},
  });
}

// A definite description of a kind of organization stands for the salient organization
// named before it (the subject, a name that says the kind), not the press it spoke to.
TEST(ReportedSpeech, OrganizationDescriptions) {
  ExpectQuotes({
      {{"Harbour Motors cut 500 jobs. Harbour Motors told Reuters that sales had fallen. The "
        "company said the plant would stay open."},
       {"indirect|Harbour Motors|told Reuters|that sales had fallen",
        "indirect|Harbour Motors|said|the plant would stay open"}},
      {{"Lund Capital sold its stake in Riggs Bank. The bank said the sale was welcome."},
       {"indirect|Riggs Bank|said|the sale was welcome"}},
      // An age phrase stands for the nearest person named before it.
      {{"Tom Berg scored twice. The 25-year-old said the team had played well."},
       {"indirect|Tom Berg|said|the team had played well"}},
      // A name after "the" is the body itself.
      {{"Harbour Motors cut jobs. The Argo group said the cuts were wrong."},
       {"indirect|Argo group|said|the cuts were wrong"}},
  });
}

// Adjuncts between a verb of saying and a clause without "that"; "since" among the
// auxiliaries; a share of a pronoun; an elliptical clause.
TEST(ReportedSpeech, AdjunctsAndShortClauses) {
  ExpectQuotes({
      {{"Lund has said for weeks he is the only one who can win."},
       {"indirect|Lund|has said|he is the only one who can win"}},
      {{"The group said in a statement Thursday night they had pulled the listing."},
       {"indirect|group|said|they had pulled the listing"}},
      {{"Lund said in an interview with Harbour Radio he would run again."},
       {"indirect|Lund|said|he would run again"}},
      {{"Ana Ruiz has since said she would support the plan."},
       {"indirect|Ana Ruiz|has since said|she would support the plan"}},
      {{"Most of them said they had loved working there."},
       {"indirect|Most of them|said|they had loved working there"}},
      // A right single mark after an -s word is its apostrophe; "he's said"; a statement in
      // an opening subordinate clause ends at its comma.
      {{"The Greens\u2019 campaign says it raised more than $2 million in May."},
       {"indirect|Greens\u2019 campaign|says|it raised more than $2 million in May"}},
      {{"Tom Lund is proud. He\u2019s said he believes the plan will work."},
       {"indirect|Tom Lund|\u2019s said|he believes the plan will work"}},
      {{"While Lund has said the plan will work, his aides are less sure."},
       {"indirect|Lund|has said|the plan will work"}},
      // A participle modifying the subject; an adverb set off by commas after the verb.
      {{"A statement posted on the website said the listings are made by users."},
       {"indirect|A statement posted on the website|said|the listings are made by users"}},
      {{"Lund says, however, that he is a strong advocate of the plan."},
       {"indirect|Lund|says|that he is a strong advocate of the plan"}},
      // "according to NP" closing the sentence without its comma; a possessive in -s' in
      // the words between a verb and its "that".
      {{"Lund leads Ruiz by 271 delegates according to a count by the Harbour Gazette."},
       {"indirect|a count by the Harbour Gazette|according to|Lund leads Ruiz by 271 delegates"}},
      {{"The Veterans\u2019 League wrote to the Greens\u2019 office that it did not give its "
        "consent."},
       {"indirect|Veterans\u2019 League|wrote to the Greens\u2019 office|that it did not give "
        "its consent"}},
      // An indirect question after "to NP"; a longer adjunct of medium before "that".
      {{"Ana Ruiz explained to reporters why the plan had failed."},
       {"indirect|Ana Ruiz|explained to reporters|why the plan had failed"}},
      {{"Tom Lund noted in a guest column in Sunday's Harbour Gazette that the plan had failed."},
       {"indirect|Tom Lund|noted in a guest column in Sunday's Harbour Gazette|that the plan "
        "had failed"}},
      // A weekday owning a noun is the object, not a time; a phrase opening with a
      // preposition is no subject of a closing verb.
      {{"Ana Ruiz described Friday's meeting as \"very productive\" on Sunday."},
       {"mixed|Ana Ruiz|described|Friday's meeting as \"very productive\" on Sunday",
        "partial|Ana Ruiz|described|very productive"}},
      {{"Some are talking about a new plan, too, with more services added into the mix."}, {}},
      {{"Asked whether he would run, Lund said he would."},
       {"indirect||Asked|whether he would run", "indirect|Lund|said|he would"}},
  });
}

// An expletive "it" of a verb of seeming or of a passive of belief stands for no one, not for
// the organization named before it; "it appears to …" said of a thing keeps its antecedent.
TEST(ReportedSpeech, ExpletiveItHasNoSpeaker) {
  ExpectQuotes({
      {{"The Harbour Board met on Monday. It seems that the talks will fail."},
       {"indirect||seems|that the talks will fail"}},
      {{"The Harbour Board met on Monday. It now seems likely that the talks will fail."},
       {"indirect||now seems likely|that the talks will fail"}},
  });
}

// Attribution words of the lexicons read as nouns: an auxiliary right after the word (its
// clause's subject), "and"/"or" joining a present form, a base form after a singular noun.
// A plural, collective, coordinated or prepositional subject keeps the verb.
TEST(ReportedSpeech, AttributionWordsReadAsNouns) {
  ExpectQuotes({
      {{"Emergency rule was imposed on the port after weeks of unrest."}, {}},
      {{"The exchange links ports and third party demand and supply networks."}, {}},
      {{"The new speech voice control is supported on every model."}, {}},
      {{"Storage demands and the need to manage the data are growing fast."}, {}},
      // A verb taking only a noun phrase closes no clause: "…, the 2001 terrorist attacks."
      {{"More than 60 people died in 2002, in response to the September 11, 2001 harbour attacks."},
       {}},
      {{"Police believe the man left the harbour before noon."},
       {"indirect|Police|believe|the man left the harbour before noon"}},
      {{"Supporters of the new harbour law hope the vote will pass."},
       {"indirect|Supporters of the new harbour law|hope|the vote will pass"}},
      {{"The union and the board demand higher wages for the dockers."},
       {"indirect|board|demand|higher wages for the dockers"}},
  });
}

// A cue only the learned model proposes, or a lexicon verb of doing, taking a noun phrase,
// is an act (kept, marked, left out of the report); with a clause it is a statement.
TEST(ReportedSpeech, LearnedCuesWithObjectsAreActs) {
  const Annotations out = testing::RunPipeline(
      {"The senator invoked the memory of the harbour strike.",
       "The senator hinted that the harbour would close.", "The new ferry would offer 300 seats.",
       "The mayor offered to resign.", "Inspectors found the pier had cracked.",
       "The new striker reminds him of Jo Ray."},
      "2024-10-18");
  ASSERT_EQ(out.quotes.size(), 6u);
  EXPECT_EQ(out.quotes[0].cue_text, "invoked");
  EXPECT_TRUE(out.quotes[0].act);
  EXPECT_FALSE(out.quotes[1].act);
  // A lexicon verb of doing with a noun phrase is an act; with an infinitive, a statement.
  EXPECT_TRUE(out.quotes[2].act) << out.quotes[2].cue_text;
  EXPECT_FALSE(out.quotes[3].act) << out.quotes[3].cue_text;
  // A clause without "that" (a subject and its auxiliary) is a statement.
  EXPECT_FALSE(out.quotes[4].act) << out.quotes[4].cue_text;
  EXPECT_TRUE(out.quotes[5].act) << out.quotes[5].cue_text;
}

// A subject pronoun closing a speaker phrase is the speaker ("provided they maintain", "I’m
// amazed at"); a tally after "added" is no statement; "back" alone is a particle, not a cue.
TEST(ReportedSpeech, PronounSubjectsTalliesAndParticles) {
  ExpectQuotes({
      {{"Jo Ray is the harbour master. So does he plan to give back the money?"},
       {"indirect|Jo Ray|plan|to give back the money?"}},
      {{"Jo Ray added 20 points and eight rebounds for the Harbour team."}, {}},
      {{"Jo Ray added a second goal late in the match."}, {}},
      {{"Jo Ray added another for the Harbour team, which lost."}, {}},
      {{"Jo Ray added that the harbour would reopen."},
       {"indirect|Jo Ray|added|that the harbour would reopen"}},
      {{"The storm brought much of the sand back onto the harbour beach."}, {}},
  });
}

// A closing attribution verb may end with its particle ("…," he points out.); "cried" is a
// manner of speaking.
TEST(ReportedSpeech, ClosingVerbWithParticle) {
  ExpectQuotes({
      {{"Jo Ray spoke first.", "“Harbour fees are too high,” he points out."},
       {"direct|Jo Ray|points|Harbour fees are too high,"}},
      {{"“No!” the crowd cried out, booing."}, {"direct|crowd|cried|No!"}},
  });
}

// Only verbs of saying invert after a clause ("…, explained the harbour master"); after
// "…, denied" comes an object. A sentence adverb opening a speaker phrase is not part of it.
TEST(ReportedSpeech, InversionAndLeadingAdverbs) {
  ExpectQuotes({
      {{"The landlord, Jo Ray, denied the conspiracy charge Friday."},
       {"indirect|Jo Ray|denied|the conspiracy charge Friday"}},
      {{"The port will close, explained the harbour master."},
       {"indirect|harbour master|explained|The port will close"}},
      {{"Then a radiologist dismissed the scan as normal."},
       {"indirect|a radiologist|dismissed|the scan as normal"}},
  });
}

// A participle after a quotation's attribution takes its speaker, not a speaker of a
// statement inside the quoted words ("“… I think …,” he said, adding …").
TEST(ReportedSpeech, ParticipleSpeakerOutsideQuotedWords) {
  const Annotations out = testing::RunPipeline(
      {"Jo Ray spoke first.",
       "“First of all, I think we will win the vote, OK? Let us see,” he said, adding that the "
       "harbour would stay open."},
      "2024-10-18");
  ASSERT_EQ(out.quotes.size(), 2u);
  EXPECT_EQ(out.quotes[1].cue_text, "adding");
  EXPECT_EQ(out.quotes[1].speaker_text, "he");
  EXPECT_EQ(out.quotes[1].speaker_name, "Jo Ray");
}

// A participle right after a message in an adjunct ("in an article stating …") speaks for
// the message's author, the clause's subject.
TEST(ReportedSpeech, ParticipleAfterAMediumSpeaksForItsAuthor) {
  ExpectQuotes({
      {{"The Harbour Gazette shot back in an article stating that the port had grown."},
       {"indirect|Harbour Gazette|stating|that the port had grown"}},
      {{"The mayor replied in a statement saying the port would reopen."},
       {"indirect|mayor|saying|the port would reopen"}},
  });
}

// A clock's colon opens no headline source ("9:00 GMT - …" is no "Source: CLAUSE").
TEST(ReportedSpeech, ClockColonIsNoHeadlineSource) {
  ExpectQuotes({
      {{"30 December 2007 9:00 GMT - The month opened with two harbour announcements.",
        "The first came on the second day."},
       {}},
  });
}

// Quoted words no cue attributes take the sentence's first name, past a dateline's place.
TEST(ReportedSpeech, DatelineIsNoSpeaker) {
  ExpectQuotes({
      {{"OSLO (Reuters) - “Harbour Lights,” the film, won the top prize on Sunday."},
       {"partial|||Harbour Lights,"}},
      {{"(Harbour Wire) OSLO, Jan. 8 /Wire/ -- “Harbour Lights,” the film, won on Sunday."},
       {"partial|||Harbour Lights,"}},
  });
}

}  // namespace crosscheck
