using System.Text.Json.Nodes;

namespace CareDirectory.Search.Elasticsearch;

/// <summary>
/// Settings and mappings of a versioned index. The analyzers reproduce Lucene's <c>EnglishAnalyzer</c> and
/// <c>SpanishAnalyzer</c>; synonyms are applied at search time only (<c>synonym_graph</c> in the search analyzer),
/// from the same embedded list the Lucene backend reads.
/// </summary>
internal static class ElasticsearchIndexDefinition
{
    public const string EnglishAnalyzer = "cd_english";
    public const string EnglishSearchAnalyzer = "cd_english_search";
    public const string SpanishAnalyzer = "cd_spanish";
    public const string AnswerSimilarity = "cd_answers";

    public static JsonObject Create(string? alias = null)
    {
        var body = new JsonObject
        {
            ["settings"] = new JsonObject
            {
                // One shard: term statistics (IDF) are exact, so scores match the embedded Lucene index.
                ["number_of_shards"] = 1,
                ["auto_expand_replicas"] = "0-1",
                ["analysis"] = Analysis(),
                ["similarity"] = new JsonObject
                {
                    [AnswerSimilarity] = new JsonObject
                    {
                        ["type"] = "BM25", ["k1"] = 1.2, ["b"] = SearchFields.AnswerFieldsLengthNormalization,
                    },
                },
            },
            ["mappings"] = Mappings(),
        };
        if (alias is not null)
        {
            body["aliases"] = new JsonObject { [alias] = new JsonObject() };
        }

        return body;
    }

    private static JsonObject Analysis() => new()
    {
        ["filter"] = new JsonObject
        {
            ["cd_english_possessive"] = new JsonObject { ["type"] = "stemmer", ["language"] = "possessive_english" },
            ["cd_english_stop"] = Stop(SearchStopWords.English),
            ["cd_english_search_stop"] = Stop(SearchStopWords.EnglishWithStems),
            ["cd_english_stemmer"] = new JsonObject { ["type"] = "stemmer", ["language"] = "english" },
            ["cd_synonyms"] = new JsonObject
            {
                ["type"] = "synonym_graph",
                ["synonyms"] = new JsonArray([.. SearchSynonyms.Rules.Select(r => (JsonNode)JsonValue.Create(r))]),
            },
            ["cd_spanish_stop"] = new JsonObject { ["type"] = "stop", ["stopwords"] = "_spanish_" },
            ["cd_spanish_questions"] = Stop(SearchStopWords.SpanishQuestions),
            ["cd_spanish_stemmer"] = new JsonObject { ["type"] = "stemmer", ["language"] = "light_spanish" },
        },
        ["analyzer"] = new JsonObject
        {
            [EnglishAnalyzer] = Analyzer("cd_english_possessive", "lowercase", "cd_english_stop", "cd_english_stemmer"),
            // Synonyms after stemming, so "mobile responses" meets the rule "mobile response" (rules are analyzed
            // by the filters before them, so they are stemmed too), as the Lucene backend matches on stems. Stop
            // words go last: a stop filter before a synonym filter rejects rules such as "parent to parent"; being
            // after the stemmer, it drops the stop words' stems as well.
            [EnglishSearchAnalyzer] = Analyzer("cd_english_possessive", "lowercase", "cd_english_stemmer", "cd_synonyms", "cd_english_search_stop"),
            [SpanishAnalyzer] = Analyzer("lowercase", "cd_spanish_stop", "cd_spanish_questions", "cd_spanish_stemmer"),
        },
        ["normalizer"] = new JsonObject
        {
            ["cd_lowercase"] = new JsonObject { ["type"] = "custom", ["filter"] = new JsonArray("lowercase") },
        },
    };

    private static JsonObject Stop(IEnumerable<string> words) => new()
    {
        ["type"] = "stop",
        ["stopwords"] = new JsonArray([.. words.Select(w => (JsonNode)JsonValue.Create(w))]),
    };

    private static JsonObject Analyzer(params string[] filters) => new()
    {
        ["type"] = "custom",
        ["tokenizer"] = "standard",
        ["filter"] = new JsonArray([.. filters.Select(f => (JsonNode)JsonValue.Create(f))]),
    };

    private static JsonObject Mappings()
    {
        var properties = new JsonObject
        {
            [SearchFields.Id] = Keyword(),
            [SearchFields.Kind] = Keyword(),
        };
        foreach (var (field, _) in SearchFields.English)
        {
            properties[field] = new JsonObject
            {
                ["type"] = "text", ["analyzer"] = EnglishAnalyzer, ["search_analyzer"] = EnglishSearchAnalyzer,
                ["copy_to"] = SearchFields.EnglishAll,
            };
            if (SearchFields.AnswerFields.Contains(field))
            {
                properties[field]!["similarity"] = AnswerSimilarity;
            }
        }

        // Every English field's text as one, what a search first matches on (Lucene indexes the same values, ValueGap apart).
        properties[SearchFields.EnglishAll] = new JsonObject
        {
            ["type"] = "text", ["analyzer"] = EnglishAnalyzer, ["search_analyzer"] = EnglishSearchAnalyzer,
            ["position_increment_gap"] = SearchFields.ValueGap,
        };

        // Browse order: the lower-cased title, as the Lucene backend sorts.
        properties[SearchFields.Title]!["fields"] = new JsonObject
        {
            ["sort"] = new JsonObject { ["type"] = "keyword", ["normalizer"] = "cd_lowercase" },
        };
        foreach (var (field, _) in SearchFields.Spanish)
        {
            properties[field] = new JsonObject { ["type"] = "text", ["analyzer"] = SpanishAnalyzer };
        }

        foreach (var field in new[]
        {
            SearchFields.State, SearchFields.Counties, SearchFields.StatewideState, SearchFields.ServiceTypes, SearchFields.TopicCodes,
            SearchFields.Roles, SearchFields.Audiences, SearchFields.Languages, SearchFields.Status,
        })
        {
            properties[field] = Keyword();
        }

        properties[SearchFields.MinAge] = new JsonObject { ["type"] = "integer" };
        properties[SearchFields.MaxAge] = new JsonObject { ["type"] = "integer" };
        properties[SearchFields.NextOccurrence] = new JsonObject { ["type"] = "date" };
        properties[SearchFields.LastModified] = new JsonObject { ["type"] = "date" };
        properties[SearchFields.Location] = new JsonObject { ["type"] = "geo_point" };
        // _meta records the field layout, so a server that needs another one rebuilds instead of being refused.
        return new JsonObject
        {
            ["_meta"] = new JsonObject { [SearchLayout.Key] = SearchLayout.Version },
            ["dynamic"] = "strict",
            ["properties"] = properties,
        };
    }

    private static JsonObject Keyword() => new() { ["type"] = "keyword" };
}
