# Every lexicon embedded in the binary: one line per file in this folder.
set(CROSSCHECK_LEXICONS
  ${CMAKE_SOURCE_DIR}/data/lexicons/months.txt
  ${CMAKE_SOURCE_DIR}/data/lexicons/stopwords_en.txt
  ${CMAKE_SOURCE_DIR}/data/lexicons/stopwords_de.txt
  ${CMAKE_SOURCE_DIR}/data/lexicons/stopwords_fr.txt
  ${CMAKE_SOURCE_DIR}/data/lexicons/stopwords_es.txt
  ${CMAKE_SOURCE_DIR}/data/lexicons/wire_agencies.txt
  ${CMAKE_SOURCE_DIR}/data/lexicons/boilerplate_phrases.txt
  ${CMAKE_SOURCE_DIR}/data/lexicons/appeal_cues.txt
  ${CMAKE_SOURCE_DIR}/data/lexicons/caption_cues.txt
  ${CMAKE_SOURCE_DIR}/data/lexicons/page_labels.txt
  ${CMAKE_SOURCE_DIR}/data/lexicons/abbreviations.txt
  ${CMAKE_SOURCE_DIR}/data/lexicons/speech_verbs.txt
  ${CMAKE_SOURCE_DIR}/data/lexicons/attribution_verbs.txt
  ${CMAKE_SOURCE_DIR}/data/lexicons/number_words.txt
  ${CMAKE_SOURCE_DIR}/data/lexicons/quantity_cues.txt
  ${CMAKE_SOURCE_DIR}/data/lexicons/units.txt
  ${CMAKE_SOURCE_DIR}/data/lexicons/person_titles.txt
  ${CMAKE_SOURCE_DIR}/data/lexicons/org_keywords.txt
  ${CMAKE_SOURCE_DIR}/data/lexicons/organizations.txt
  ${CMAKE_SOURCE_DIR}/data/lexicons/gazetteer.txt
  ${CMAKE_SOURCE_DIR}/data/lexicons/function_words.txt
  ${CMAKE_SOURCE_DIR}/data/lexicons/weekdays.txt
  ${CMAKE_SOURCE_DIR}/data/lexicons/time_refs.txt
  ${CMAKE_SOURCE_DIR}/data/lexicons/tense_cues.txt
  ${CMAKE_SOURCE_DIR}/data/lexicons/holidays.txt
  ${CMAKE_SOURCE_DIR}/data/lexicons/feed_dates.txt
  ${CMAKE_SOURCE_DIR}/data/lexicons/counted_nouns.txt
  ${CMAKE_SOURCE_DIR}/data/lexicons/measure_links.txt
  ${CMAKE_SOURCE_DIR}/data/lexicons/claim_concepts.txt
  ${CMAKE_SOURCE_DIR}/data/lexicons/stance_cues.txt
  ${CMAKE_SOURCE_DIR}/data/lexicons/happening_classes.txt
  ${CMAKE_SOURCE_DIR}/data/lexicons/quantity_changes.txt
  ${CMAKE_SOURCE_DIR}/data/lexicons/currency_prefixes.txt
  ${CMAKE_SOURCE_DIR}/data/lexicons/number_labels.txt
  ${CMAKE_SOURCE_DIR}/data/lexicons/street_types.txt
  ${CMAKE_SOURCE_DIR}/data/lexicons/money_words.txt
  ${CMAKE_SOURCE_DIR}/data/lexicons/speaker_nouns.txt
  ${CMAKE_SOURCE_DIR}/data/lexicons/first_names.txt
  ${CMAKE_SOURCE_DIR}/data/lexicons/place_keywords.txt
  ${CMAKE_SOURCE_DIR}/data/lexicons/agency_nouns.txt
  ${CMAKE_SOURCE_DIR}/data/lexicons/sports_words.txt
  ${CMAKE_SOURCE_DIR}/data/lexicons/common_acronyms.txt
  ${CMAKE_SOURCE_DIR}/data/lexicons/event_keywords.txt
  ${CMAKE_SOURCE_DIR}/data/lexicons/entity_typer_model.txt
  ${CMAKE_SOURCE_DIR}/data/lexicons/stance_model.txt
  ${CMAKE_SOURCE_DIR}/data/lexicons/cue_model.txt
)
# Per-language data, one folder per language (data/lang/README.md): a new language is a new
# folder, found here at configure time.
file(GLOB CROSSCHECK_LANGUAGE_LEXICONS CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/data/lang/*/*.txt)
list(SORT CROSSCHECK_LANGUAGE_LEXICONS)
list(APPEND CROSSCHECK_LEXICONS ${CROSSCHECK_LANGUAGE_LEXICONS})
