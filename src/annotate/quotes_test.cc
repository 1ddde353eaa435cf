#include "annotate/quotes.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "annotate/test_support.h"

namespace crosscheck {
namespace {

// "kind|speaker_name|cue|text" rows from the whole pipeline (quotes need entities).
std::vector<std::string> Quotes(const std::vector<std::string>& paragraphs) {
  const Annotations out = testing::RunPipeline(paragraphs, "2024-10-18");
  std::vector<std::string> rows;
  for (const QuoteMention& q : out.quotes) {
    if (q.kind == QuoteKind::kDirect && q.contents.size() == 1) ADD_FAILURE() << "one piece";
    rows.push_back(std::string(q.mixed ? "mixed" : QuoteKindName(q.kind)) + "|" + q.speaker_name +
                   "|" + q.cue_text + "|" + q.text);
  }
  return rows;
}

struct Case {
  std::vector<std::string> paragraphs;
  std::vector<std::string> expected;
};

TEST(QuoteAnnotator, Table) {
  const std::vector<Case> cases = {
      {{"Minister Ana Lopez spoke in Madrid.", "\"We are ready,\" Lopez said."},
       {"direct|Ana Lopez|said|We are ready,"}},
      {{"\"We are ready,\" said Ana Lopez."}, {"direct|Ana Lopez|said|We are ready,"}},
      // A title's abbreviation after the verb: the name after its period speaks, not "Mr".
      {{"\"We are ready,\" said Mr. Omar Haddad."}, {"direct|Omar Haddad|said|We are ready,"}},
      {{"\"We are ready,\" said Sen. Eva Lind of Vermont."},
       {"direct|Eva Lind|said|We are ready,"}},
      // A person's name, "of" and a place: the person speaks, not the place.
      {{"\"We are ready,\" Rep. Jon Berg of Texas said."}, {"direct|Jon Berg|said|We are ready,"}},
      {{"Spokesman Omar Haddad spoke.", "\"It is calm,\" he told reporters."},
       {"direct|Omar Haddad|told reporters|It is calm,"}},
      {{"NATO chief Eva Lind arrived.",
        "\xE2\x80\x9CWe will talk,\xE2\x80\x9D said the NATO chief."},
       {"direct|Eva Lind|said|We will talk,"}},
      {{"Eva Lind said the plan would mark a \xE2\x80\x9Csignificant escalation\xE2\x80\x9D in the "
        "war."},
       {"mixed|Eva Lind|said|the plan would mark a \xE2\x80\x9Csignificant "
        "escalation\xE2\x80\x9D in the war",
        "partial|Eva Lind|said|significant escalation"}},
      // One attribution, its content in pieces: over sentences of a paragraph, or split by
      // the cue; a quote opening the next paragraph is a new attribution of the same speaker.
      {{"\"First part,\" Lind said. \"Second part.\""},
       {"direct|Lind|said|First part, Second part."}},
      {{"\"First part,\" Lind said, \"and the second part.\""},
       {"direct|Lind|said|First part, and the second part."}},
      {{"Spokesperson Eva Lind spoke.", "\"One paragraph,\" Lind said.",
        "\"Open paragraph goes on.", "\"And ends here.\""},
       {"direct|Eva Lind|said|One paragraph,",
        "direct|Eva Lind||Open paragraph goes on. And ends here."}},
      {{"Economist Jon Berg said that prices would rise next year."},
       {"indirect|Jon Berg|said|that prices would rise next year"}},
      // The agent of a passive verb of telling is the source.
      {{"The cabinet has been informed by the central bank that rates will rise in May."},
       {"indirect|central bank|informed by|that rates will rise in May"}},
      // Any speech verb of the lexicon, with auxiliaries and a phrase before "that".
      {{"The finance minister has repeatedly warned that the budget will not balance."},
       {"indirect|finance minister|has repeatedly warned|that the budget will not balance"}},
      {{"Economist Jon Berg told the local radio station on Monday that prices would rise."},
       {"indirect|Jon Berg|told the local radio station on Monday|that prices would rise"}},
      {{"The plan will fail within a year, the opposition leader predicted."},
       {"indirect|opposition leader|predicted|The plan will fail within a year"}},
      // A participle hangs the reported clause on the main clause's subject.
      {{"Economist Jon Berg criticised the budget, saying it would raise prices."},
       {"indirect|Jon Berg|criticised|the budget",
        "indirect|Jon Berg|saying|it would raise prices"}},
      // Coordinated sources; a plural pronoun after them in the sentence; an object pronoun.
      {{"Both Paris and Berlin have denied the transfers, but they promised to review the deal."},
       {"indirect|Paris and Berlin|have denied|the transfers",
        "indirect|Paris and Berlin|promised|to review the deal"}},
      // The subject opens a chain of prepositional phrases.
      {{"A spokesman for the ministry in Rome called it \"a smear\" on Monday."},
       {"mixed|A spokesman for the ministry in Rome|called|it \"a smear\" on Monday",
        "partial|A spokesman for the ministry in Rome|called|a smear"}},
      // An apposition between the subject and the verb; an honorific's stop.
      {{"Jon Berg, a former official at the central bank, said the budget would not balance."},
       {"indirect|Jon Berg|said|the budget would not balance"}},
      {{"Mr. Berg said the budget would not balance this year."},
       {"indirect|Berg|said|the budget would not balance this year"}},
      // A quantified subject; "as X put it".
      {{"In the poll, 40 percent of voters said they were angry about prices."},
       {"indirect|40 percent of voters|said|they were angry about prices"}},
      {{"As the central bank put it, prices will rise again next year."},
       {"indirect|central bank|put|prices will rise again next year"}},
      // Two straight apostrophes are a double quotation mark.
      {{"''We are ready for talks,'' Ana Lopez said."},
       {"direct|Ana Lopez|said|We are ready for talks,"}},
      {{"Prices will rise again soon, the central bank said."},
       {"indirect|central bank|said|Prices will rise again soon"}},
      {{"According to the Statistics Agency, output fell sharply in May."},
       {"indirect|Statistics Agency|According to|output fell sharply in May"}},
      {{"It is North Korea\xE2\x80\x99s biggest move, and they're aware."}, {}},
      // The closing attribution is the outer one; the clause ends before it.
      {{"Official guidance said e-mails should only be deleted if they served \"no current "
        "purpose\", Mr Thomas said."},
       {"mixed|Thomas|said|Official guidance said e-mails should only be deleted if they served "
        "\"no current purpose\"",
        "partial|Thomas|said|no current purpose"}},
      // A document speaks too ("A news report said …", as PolNeAR marks it): a common-noun
      // subject the name-phrase rules leave is taken back to the clause's opening.
      {{"Government guidance said staff should keep all their records."},
       {"indirect|Government guidance|said|staff should keep all their records"}},
      {{"Abortion rights advocates said the ruling made the fight more urgent."},
       {"indirect|Abortion rights advocates|said|the ruling made the fight more urgent"}},
      {{"Analysts said the shares would recover by the summer."},
       {"indirect|Analysts|said|the shares would recover by the summer"}},
      // A subject with titles and modifiers; two statements in one sentence; "who said".
      {{"Former Ohio Gov. Jon Berg says he is ending his bid for the nomination."},
       {"indirect|Jon Berg|says|he is ending his bid for the nomination"}},
      {{"The retired steel executive says the mill will reopen next spring."},
       {"indirect|retired steel executive|says|the mill will reopen next spring"}},
      {{"Berg said the plan would fail, and Lopez said the party would lose in November."},
       {"indirect|Berg|said|the plan would fail",
        "indirect|Lopez|said|the party would lose in November"}},
      {{"Ana Lopez, who said she usually votes early, said the lines were long this year."},
       {"indirect|Ana Lopez|said|she usually votes early",
        "indirect|Ana Lopez|said|the lines were long this year"}},
      // Words after a closing verb that form a clause are a content, not a trailer; an
      // opening adverbial with a clause of its own is part of the content; a second verb of
      // the same subject after "but" is a statement of its own.
      {{"Speaking on Sunday, Jon Berg said he was facing a unique level of scrutiny."},
       {"indirect|Jon Berg|said|he was facing a unique level of scrutiny"}},
      {{"With that issue unresolved, the agency has not used the data, federal officials said."},
       {"indirect|federal officials|said|With that issue unresolved, the agency has not used "
        "the data"}},
      {{"Speaking on Sunday, Jon Berg admitted that the figure was wrong, but said his office "
        "would publish the study."},
       {"indirect|Jon Berg|admitted|that the figure was wrong",
        "indirect|Jon Berg|said|his office would publish the study"}},
      // Subjects cut from their verb: titles before a name with an apposition, a party in
      // parentheses, a relative clause (a name inside it is not the speaker); a closing
      // inverted attribution whose name has an apposition.
      {{"Alabama Sen. Jon Berg, a prominent party donor, said the budget was akin to theft."},
       {"indirect|Jon Berg|said|the budget was akin to theft"}},
      {{"Sen. Jon Berg (D-Ga.) said he will make his medical records public."},
       {"indirect|Jon Berg|said|he will make his medical records public"}},
      {{"Executives who have worked with Ana Lopez say they assume she shares his views."},
       {"indirect|Executives|say|they assume she shares his views"}},
      {{"The committee is $9 million short, said former governor Jon Berg, who chairs it."},
       {"indirect|Jon Berg|said|The committee is $9 million short"}},
      // Adverbs and negation between the subject and its verb belong to the cue.
      {{"The senator often blames the unions for the strike."},
       {"indirect|senator|often blames|the unions for the strike"}},
      {{"The senator doesn't think the plan will pass in May."},
       {"indirect|senator|doesn't think|the plan will pass in May"}},
      // A verb right before a quote's mark introduces it: the sentence's subject speaks.
      {{"Ana Lopez, who chairs the board of the company, said: \"We are ready for talks.\""},
       {"direct|Ana Lopez|said|We are ready for talks."}},
      {{"Minister Ana Lopez took to Twitter, writing: \"Another attack on our people.\""},
       {"direct|Ana Lopez|writing|Another attack on our people."}},
      // A participle inside a clause: after "by" the sentence's subject speaks, after a noun
      // the noun does; "said if …" takes the conditional as its content.
      {{"Jon Berg won the debate by questioning the senator's eligibility to serve."},
       {"indirect|Jon Berg|questioning|the senator's eligibility to serve"}},
      {{"Jon Berg spoke to supporters seeking to defeat the chairwoman in the primary."},
       {"indirect|supporters|seeking|to defeat the chairwoman in the primary"}},
      {{"Jon Berg said if the senator wins, taxes will rise."},
       {"indirect|Jon Berg|said|if the senator wins, taxes will rise"}},
      // "X told reporters:" closing the paragraph before a quotation.
      {{"The minister Ana Lopez, who chairs the board, told reporters:",
        "\"We are ready for the talks.\""},
       {"direct|Ana Lopez|told reporters|We are ready for the talks."}},
      // Nothing is read as reported speech inside a quotation running over sentences.
      {{"\"We will win the race. I think the polls are wrong about it,\" Berg said."},
       {"direct|Berg|said|We will win the race. I think the polls are wrong about it,"}},
      // Reported speech beside a direct quote in the same sentence: the quote's speaker adds.
      {{"\"We will win,\" Berg said, adding that the polls were wrong about the race."},
       {"direct|Berg|said|We will win,",
        "indirect|Berg|adding|that the polls were wrong about the race"}},
      // An inverted attribution with a time or place after the name; not one to a pronoun
      // ("as NP put it in her memoir": "it" is no speaker).
      {{"The army is ready, stated Defence Chief Jon Berg during a visit to the capital on "
        "Wednesday."},
       {"indirect|Jon Berg|stated|The army is ready"}},
      {{"Prices will rise, said the minister on Tuesday."},
       {"indirect|minister|said|Prices will rise"}},
      // Two verbs of one subject: the second statement is the first one's speaker's, even
      // when the subject is a title phrase the subject rules do not read whole.
      {{"President of Portugal Ana Lind warned that prices could rise and appealed to the banks "
        "for "
        "calm."},
       {"indirect|Ana Lind|warned|that prices could rise",
        "indirect|Ana Lind|appealed|to the banks for calm"}},
      // Attribution verbs beyond saying, by their frames: a to-infinitive, a particle and
      // its noun phrase, an object; a source opening a subordinate clause.
      {{"The senator vowed to block the nomination next year."},
       {"indirect|senator|vowed|to block the nomination next year"}},
      {{"The union called for a ban on overtime in the mills."},
       {"indirect|union|called for|a ban on overtime in the mills"}},
      {{"Economist Jon Berg criticized the new budget rules."},
       {"indirect|Jon Berg|criticized|the new budget rules"}},
      {{"Turnout was low in the towns where polls show the mayor trailing badly."},
       {"indirect|polls|show|the mayor trailing badly"}},
      // Shares written in words; a second statement after ", while"; a bare possessive.
      {{"Two in three said they would vote early this year, while other voters said they "
        "would wait until November."},
       {"indirect|Two in three|said|they would vote early this year",
        "indirect|other voters|said|they would wait until November"}},
      {{"The Greens' spokesman Jan Novak said the party would not join the coalition."},
       {"indirect|Jan Novak|said|the party would not join the coalition"}},
      // The attribution after a question mark, as a sentence of its own; an honorific's stop.
      {{"Minister Jan Novak spoke.", "\"Where is the money?\" Mr. Novak said."},
       {"direct|Jan Novak|said|Where is the money?"}},
      // An apposition between the name and the verb after a quote.
      {{"\"The vote was a warning,\" Jan Novak, a columnist for a Rome daily, wrote."},
       {"direct|Jan Novak|wrote|The vote was a warning,"}},
      // An opening adverbial is no content: the verb's own object is.
      {{"In an email to the council, the mayor criticized the new parking rules."},
       {"indirect|mayor|criticized|the new parking rules"}},
      // "according to" inside the sentence, and before a source with an apposition.
      {{"But according to the statistics office, prices fell in May."},
       {"indirect|statistics office|according to|prices fell in May"}},
      {{"Prices fell in May, according to the Tax Office, a state agency."},
       {"indirect|Tax Office|according to|Prices fell in May"}},
      // A short clause; a subject after a dash.
      {{"Inside the hall - which was full - the organizers said they expected more."},
       {"indirect|organizers|said|they expected more"}},
      // A progressive form; a relative clause with auxiliaries.
      {{"The mayor is calling for a new vote on the budget."},
       {"indirect|mayor|is calling for|a new vote on the budget"}},
      {{"Jan Novak, who has long argued that the tax is unfair, won the vote."},
       {"indirect|Jan Novak|has long argued|that the tax is unfair"}},
      // The attribution splits the content: two pieces.
      {{"The new budget, the finance minister said, will not balance this year."},
       {"indirect|finance minister|said|The new budget will not balance this year"}},
      // "according to" after the clause.
      {{"The mill will reopen next spring, according to the steel union."},
       {"indirect|steel union|according to|The mill will reopen next spring"}},
      // A headline of its own paragraph: "Source Says CLAUSE" in title case, "Source: CLAUSE";
      // a label before the colon is no source.
      {{"Mayor Says Budget Will Balance Next Year.", "The city council met on Monday."},
       {"indirect|Mayor|Says|Budget Will Balance Next Year"}},
      {{"Unions: the mill will reopen next spring.", "The city council met on Monday."},
       {"indirect|Unions|:|the mill will reopen next spring"}},
      {{"Update: the mill will reopen next spring.", "The city council met on Monday."}, {}},
      // A participle before a direct quotation: the speaker of the clause it hangs on, not
      // the sentence's first name; a verb of saying before it gives its own subject.
      {{"Mayor Ines Lund visited the harbour with Omar Haddad, saying, \"This was hard.\""},
       {"direct|Ines Lund|saying|This was hard."}},
      // A manner of speaking closes a quote; a determiner and nouns the lexicon does not know
      // open one.
      {{"\"Power to the people!\" the marchers chanted."},
       {"direct|marchers|chanted|Power to the people!"}},
      {{"In the memoir, the author wrote, \"The hall was cold.\""},
       {"direct|author|wrote|The hall was cold."}},
      {{"\"Troops are not the answer,\" Tom Berg, the deputy adviser, said Sunday."},
       {"direct|Tom Berg|said|Troops are not the answer,"}},
      // The subject before an insert speaks, not a name in an opening adjunct.
      {{"In a statement to the Harbour Gazette, her adviser, Tom Berg, said: \"The city is "
        "united.\""},
       {"direct|Tom Berg|said|The city is united."}},
      {{"Governor Ana Lund (R-OH), after winning the primary, said: \"We go on.\""},
       {"direct|Ana Lund|said|We go on."}},
      // A show's title in marks is no quotation; the statement reads past it.
      {{"Lund said on \u201CFace the Week\u201D that the plan would fail."},
       {"indirect|Lund|said on \u201CFace the Week\u201D|that the plan would fail"}},
      {{"Speaking on the network's \u201CMorning Hour,\u201D Lund said the plan would fail."},
       {"indirect|Lund|said|the plan would fail"}},
      // A kind of work, or the maker or version "of" it, before title-case words in marks.
      {{"Lund starred in the medical drama, \u201CHarbour Street,\u201D last year."}, {}},
      {{"Lund is the author of \u201CSalt and Iron\u201D and said the plan would fail."},
       {"indirect|Lund|said|the plan would fail"}},
      // A capitalized preposition (a title-case headline) names no show: the words stay a quote.
      {{"The mayor spoke To \u201CThe People\u201D at noon."}, {"partial|mayor|spoke|The People"}},
      // A short object or adjunct between the verb of saying and the quote: still direct.
      {{"Lund told the crowd, \u201CWe will win this state.\u201D"},
       {"direct|Lund|told|We will win this state."}},
      {{"Lund said at a news conference, \u201CWe will win this state.\u201D"},
       {"direct|Lund|said|We will win this state."}},
      // The author of a document put out speaks through it.
      {{"Ms. Ruiz issued a statement on Tuesday saying, \"I do not regret it.\""},
       {"indirect|Ruiz|issued|a statement on Tuesday", "direct|Ruiz|saying|I do not regret it."}},
      // "said he does not …" opens the verb's clause: no inverted speaker for the quote.
      {{"Baxter, who wants a \u201Cfresh start,\u201D said he does not think the plan will pass."},
       {"partial|||fresh start,", "indirect|Baxter|said|he does not think the plan will pass"}},
      {{"Ana Lopez will meet the unions next week, Omar Haddad said, adding, \"Nothing is "
        "settled.\""},
       {"indirect|Omar Haddad|said|Ana Lopez will meet the unions next week",
        "direct|Omar Haddad|adding|Nothing is settled."}},
      // A middle initial's period is inside the speaker's name, before an apposition too.
      {{"Thomas K. Lund, a former governor, said the board should be disbanded."},
       {"indirect|Thomas K. Lund|said|the board should be disbanded"}},
      // "he" after a sentence whose speaker is named before its verb, past an apposition,
      // stands for that speaker, not for a later name in the sentence.
      {{"Hours earlier, the harbour chief, Gen. Tom Berg, said the strike was hurting John "
        "Lund and the dockers.",
        "\"They are trying to stop this,\" which is turning the town against them, he said."},
       {"indirect|Tom Berg|said|the strike was hurting John Lund and the dockers",
        "direct|Tom Berg|said|They are trying to stop this,"}},
      // Transcript turns: Q and A, a tag opening two paragraphs or more; a list of names with
      // a few words each is none.
      {{"Harbour chief talks to us.", "Q: Why did the harbour stay closed for a week?",
        "A: The cranes were broken and nobody could fix them.", "Q: Will it reopen soon?"},
       {"direct|||Why did the harbour stay closed for a week?",
        "direct|||The cranes were broken and nobody could fix them.",
        "direct|||Will it reopen soon?"}},
      {{"The scores so far.", "Lund: 1,501 votes.", "Berg: 2,316 votes."}, {}},
      // A line-up is no turn, however often its tag comes.
      {{"Teams.", "Subs: Lund, Berg, Haddad, Lopez.", "Subs: Novak, Ray, Voss, Dahl."}, {}},
      // Words quoted without a cue go to a subject that can speak, not to "the theory".
      {{"The theory was a \u201Cgrand bargain\u201D for the harbour."},
       {"partial|||grand bargain"}},
      // A clause that opens with quoted words after "that" is reported speech holding them.
      {{"Mayor Ines Lund says that \u201Cas a town, we have to do better.\u201D"},
       {"mixed|Ines Lund|says|that \u201Cas a town, we have to do better.\u201D",
        "partial|Ines Lund|says|as a town, we have to do better."}},
      // Words quoted without a cue take the subject of their clause.
      {{"The harbour board waved off the delay as a \u201Cminor hiccup\u201D in the plan."},
       {"partial|harbour board||minor hiccup"}},
      {{"The mill will reopen, said Omar Haddad, adding that nothing is settled."},
       {"indirect|Omar Haddad|said|The mill will reopen",
        "indirect|Omar Haddad|adding|that nothing is settled"}},
  };
  for (const Case& c : cases) {
    std::string input;
    for (const auto& p : c.paragraphs) input += p + " / ";
    EXPECT_EQ(Quotes(c.paragraphs), c.expected) << input;
  }
}

TEST(FindQuotedPassages, SkipsApostrophes) {
  const std::string body =
      "North Korea\xE2\x80\x99s move was \xE2\x80\x98"
      "fair game\xE2\x80\x99, they're told.";
  const auto passages = FindQuotedPassages(TextReading(body));
  ASSERT_EQ(passages.size(), 1u);
  EXPECT_EQ(body.substr(passages[0].pieces[0].begin, passages[0].pieces[0].size()), "fair game");
  EXPECT_TRUE(passages[0].single_marks);
}

}  // namespace
}  // namespace crosscheck
