using System.Globalization;
using System.Text.Json.Nodes;

namespace CareDirectory.Search.Elasticsearch;

/// <summary>
/// Builds the <c>_search</c> body. User text only ever goes into <c>multi_match.query</c>, which Elasticsearch
/// analyzes as plain text (never <c>query_string</c> syntax). The scoring shape is the one the Lucene backend
/// mirrors: <c>bool.should</c> of English with synonyms (<c>cross_fields</c>), English fuzzy
/// (<c>fuzziness: AUTO:5,6</c>) and Spanish fuzzy, each with <c>operator: and</c> when every word must match
/// (<see cref="SearchMatching"/>); <c>aggs</c> only when facets are asked for. It runs in two passes, as in Lucene:
/// that shape on every English field as one (<see cref="SearchFields.EnglishAll"/>) matches, counts and picks the best
/// hits; on each field with its boost, and with the words as a phrase, it scores those hits only
/// (<see cref="SearchRescoreWindow"/>, <see cref="Rescore"/>).
/// </summary>
internal static class ElasticsearchQueryBuilder
{
    /// <summary>
    /// The search a page starts with. A browse reads the page from its cursor. A text search reads the rescore window
    /// (<see cref="SearchRescoreWindow"/>): the best hits by the words alone, from the start, with the total and facets.
    /// </summary>
    public static JsonObject Search(SearchRequest request, string? text, SearchWindow window, SearchMatching matching) => text is null
        ? Body(request, null, matching, window.Fetch, window.Backward, window.SeekFrom, count: true)
        : Body(request, text, matching, SearchFields.RescoreWindow, backward: false, seekFrom: null, count: true);

    /// <summary>
    /// A text search's hits from the page's cursor in its direction by the words alone, the window's size more than the
    /// page so the window's own hits can be dropped (<see cref="SearchRescoreWindow.NeedsContinuation"/>).
    /// </summary>
    public static JsonObject Continuation(SearchRequest request, string text, SearchWindow window, SearchMatching matching) =>
        Body(request, text, matching, window.Fetch + SearchFields.RescoreWindow, window.Backward, window.SeekFrom, count: false);

    /// <summary>
    /// The second pass over the window: the words on each field with its boost, and as a phrase, scored on the window's
    /// hits alone (<c>ids</c> filter), to be added to their first pass's score. Elasticsearch's own <c>rescore</c> cannot
    /// do it: it refuses a <c>sort</c> other than <c>_score</c> alone, and the result's order needs the id as a tie
    /// breaker for <c>search_after</c>. In an any-word search the phrase counts twice, as in Lucene
    /// (<see cref="SearchMatching.AnyWord"/> held the all-words query, each with the phrase clause).
    /// </summary>
    public static JsonObject Rescore(string text, SearchMatching matching, IReadOnlyCollection<string> ids)
    {
        var phrase = Phrase(text);
        if (matching != SearchMatching.AllWords)
        {
            phrase["multi_match"]!["boost"] = 2;
        }

        return new JsonObject
        {
            ["size"] = ids.Count,
            ["track_total_hits"] = false,
            ["_source"] = false,
            ["query"] = new JsonObject
            {
                ["bool"] = new JsonObject
                {
                    ["filter"] = new JsonArray(new JsonObject
                    {
                        ["ids"] = new JsonObject { ["values"] = new JsonArray([.. ids.Select(id => (JsonNode)JsonValue.Create(id))]) },
                    }),
                    ["should"] = new JsonArray(Text(text, matching, SearchTextFields.Rescore), phrase),
                },
            },
        };
    }

    private static JsonObject Body(
        SearchRequest request, string? text, SearchMatching matching, int size, bool backward, SearchCursor? seekFrom, bool count)
    {
        var browse = text is null;
        var ascending = backward ? "desc" : "asc";
        var body = new JsonObject
        {
            ["size"] = size, // a page: one extra hit tells whether the page is the last one in the direction read
            ["track_total_hits"] = count,
            ["_source"] = new JsonArray(SearchFields.Id, SearchFields.Kind),
            ["query"] = new JsonObject
            {
                ["bool"] = new JsonObject
                {
                    ["must"] = new JsonArray(text is null ? new JsonObject { ["match_all"] = new JsonObject() } : FirstPass(text, matching)),
                    ["filter"] = Filters(request),
                },
            },
            // Backward pages (last/before) read the reverse order from the cursor: one page's work at any depth.
            ["sort"] = browse
                ? new JsonArray(Order(SearchFields.Title + ".sort", ascending), Order(SearchFields.Id, ascending))
                : new JsonArray(Order("_score", backward ? "asc" : "desc"), Order(SearchFields.Id, ascending)),
        };
        if (request.Facets && count)
        {
            body["aggs"] = Aggregations();
        }

        if (seekFrom is { } from)
        {
            body["search_after"] = browse
                ? new JsonArray(from.TitleKey, from.Id)
                : new JsonArray(from.Score, from.Id);
        }

        if (!browse && request.Highlights)
        {
            body["highlight"] = Highlight();
        }

        return body;
    }

    /// <summary>
    /// What matches, counts and orders the hits past the window: the words on every English field as one, weighted
    /// <see cref="SearchFields.MatchScoreWeight"/> (<c>rescore.query_weight</c>).
    /// </summary>
    private static JsonObject FirstPass(string text, SearchMatching matching)
    {
        var query = Text(text, matching, SearchTextFields.FirstPass);
        query["bool"]!["boost"] = SearchFields.MatchScoreWeight;
        return query;
    }

    /// <summary>Any word: the all-words query and the any-word one, so records with every word still come first.</summary>
    private static JsonObject Text(string text, SearchMatching matching, SearchTextFields fields) => matching switch
    {
        SearchMatching.AllWords => Text(text, "and", fields),
        SearchMatching.AnyWordAlone => Text(text, "or", fields),
        _ => new JsonObject
        {
            ["bool"] = new JsonObject { ["should"] = new JsonArray(Text(text, "and", fields), Text(text, "or", fields)), ["minimum_should_match"] = 1 },
        },
    };

    private static JsonObject Text(string text, string @operator, SearchTextFields fields) => new()
    {
        ["bool"] = new JsonObject
        {
            ["should"] = new JsonArray(
                CrossFields(text, @operator, fields.English),
                MultiMatch(text, fields.EnglishFuzzy, fuzzy: true, analyzer: ElasticsearchIndexDefinition.EnglishAnalyzer, @operator),
                MultiMatch(text, SearchFields.Spanish, fuzzy: true, analyzer: null, @operator)),
            ["minimum_should_match"] = 1,
        },
    };

    /// <summary>
    /// The English words with synonyms (<c>cross_fields</c>). A number the query mentions as an age
    /// (<see cref="SearchQueryAges"/>) is a word of its own that a stated age range holding it also matches, as one
    /// more field (<c>dis_max</c> with the same tie breaker, as Lucene adds it to that word's fields).
    /// </summary>
    private static JsonObject CrossFields(string text, string @operator, IReadOnlyList<(string Field, float Boost)> fields)
    {
        var ages = SearchQueryAges.Mentioned(text);
        if (ages.Count == 0)
        {
            return MultiMatch(text, fields, fuzzy: false, analyzer: null, @operator);
        }

        var words = MultiMatch(SearchQueryAges.WithoutAges(text), fields, fuzzy: false, analyzer: null, @operator);
        if (@operator == "and")
        {
            // Only stop words besides the ages: Lucene then has no clause for them, so they must not fail every word.
            words["multi_match"]!["zero_terms_query"] = "all";
        }

        var clauses = new JsonArray(words);
        foreach (var age in ages)
        {
            clauses.Add(new JsonObject
            {
                ["dis_max"] = new JsonObject
                {
                    ["queries"] = new JsonArray(
                        MultiMatch(age.ToString(CultureInfo.InvariantCulture), fields, fuzzy: false, analyzer: null, @operator),
                        StatedAgeRangeContains(age)),
                    ["tie_breaker"] = SearchFields.CrossFieldsTieBreaker,
                },
            });
        }

        return new JsonObject
        {
            ["bool"] = @operator == "and"
                ? new JsonObject { ["must"] = clauses }
                : new JsonObject { ["should"] = clauses, ["minimum_should_match"] = 1 },
        };
    }

    /// <summary>
    /// The words close together in one field, without synonyms as in Lucene, for the second pass (<see cref="Rescore"/>).
    /// For one word Lucene has no such clause; here it adds that word's best-field score once more in the window
    /// (scores differ a little, what matches does not).
    /// </summary>
    private static JsonObject Phrase(string text) => new()
    {
        ["multi_match"] = new JsonObject
        {
            ["query"] = text,
            ["type"] = "phrase",
            ["fields"] = Fields(SearchFields.English),
            ["slop"] = SearchFields.PhraseSlop,
            ["analyzer"] = ElasticsearchIndexDefinition.EnglishAnalyzer,
        },
    };

    private static JsonArray Fields(IReadOnlyList<(string Field, float Boost)> fields) =>
        [.. fields.Select(f => (JsonNode)JsonValue.Create(f.Boost == 1f ? f.Field : f.Field + "^" + f.Boost.ToString(CultureInfo.InvariantCulture)))];

    private static JsonObject MultiMatch(
        string text, IReadOnlyList<(string Field, float Boost)> fields, bool fuzzy, string? analyzer, string @operator)
    {
        var match = new JsonObject
        {
            ["query"] = text,
            // cross_fields takes no fuzziness: the fuzzy forms are a best_fields query of their own, as in Lucene.
            ["type"] = fuzzy ? "best_fields" : "cross_fields",
            ["fields"] = Fields(fields),
            ["operator"] = @operator,
        };
        if (!fuzzy)
        {
            match["tie_breaker"] = SearchFields.CrossFieldsTieBreaker;
        }

        if (fuzzy)
        {
            match["fuzziness"] = string.Create(CultureInfo.InvariantCulture, $"AUTO:{SearchFields.FuzzyOneEditFrom},{SearchFields.FuzzyTwoEditsFrom}");
        }

        if (analyzer is not null)
        {
            // The English analyzer without synonyms: fuzzy synonym expansion would match far too much.
            match["analyzer"] = analyzer;
        }

        return new JsonObject { ["multi_match"] = match };
    }

    private static JsonArray Filters(SearchRequest request)
    {
        var filters = new JsonArray();
        if (!string.IsNullOrWhiteSpace(request.State))
        {
            filters.Add(Term(SearchFields.State, request.State.Trim().ToUpperInvariant()));
        }

        if (request.CountyFips.Count > 0)
        {
            var statewide = SearchRequestTerms.StatewideStates(request);
            var either = new JsonArray(Terms(SearchFields.Counties, request.CountyFips));
            if (statewide.Count > 0)
            {
                either.Add(Terms(SearchFields.StatewideState, statewide));
            }

            filters.Add(new JsonObject { ["bool"] = new JsonObject { ["should"] = either, ["minimum_should_match"] = 1 } });
        }

        foreach (var (field, values) in SearchRequestTerms.AnyOf(request))
        {
            filters.Add(Terms(field, values));
        }

        if (!string.IsNullOrWhiteSpace(request.Language))
        {
            filters.Add(Term(SearchFields.Languages, request.Language.Trim()));
        }

        if (request.Age is { } age)
        {
            filters.Add(OpenEndedBound(SearchFields.MinAge, "lte", age));
            filters.Add(OpenEndedBound(SearchFields.MaxAge, "gte", age));
        }

        if (request.Near is { } near && request.RadiusKm is { } radius)
        {
            filters.Add(new JsonObject
            {
                ["geo_distance"] = new JsonObject
                {
                    ["distance"] = radius.ToString("R", CultureInfo.InvariantCulture) + "km",
                    [SearchFields.Location] = new JsonObject { ["lat"] = near.Latitude, ["lon"] = near.Longitude },
                },
            });
        }

        return filters;
    }

    /// <summary>
    /// Records that state at least one age bound and whose range contains <paramref name="age"/>, scored
    /// <see cref="SearchQueryAges.Boost"/> (a range query fails on a missing field, so each branch needs one stated bound).
    /// </summary>
    private static JsonNode StatedAgeRangeContains(int age)
    {
        static JsonObject Range(string field, string comparison, int value) =>
            new() { ["range"] = new JsonObject { [field] = new JsonObject { [comparison] = value } } };
        static JsonObject Both(JsonObject first, JsonObject second) => new() { ["bool"] = new JsonObject { ["filter"] = new JsonArray(first, second) } };
        return new JsonObject
        {
            ["constant_score"] = new JsonObject
            {
                ["filter"] = new JsonObject
                {
                    ["bool"] = new JsonObject
                    {
                        ["should"] = new JsonArray(
                            Both(Range(SearchFields.MinAge, "lte", age), OpenEndedBound(SearchFields.MaxAge, "gte", age)),
                            Both(OpenEndedBound(SearchFields.MinAge, "lte", age), Range(SearchFields.MaxAge, "gte", age))),
                        ["minimum_should_match"] = 1,
                    },
                },
                ["boost"] = SearchQueryAges.Boost,
            },
        };
    }

    /// <summary>The bound holds, or the document has no such bound (an open end).</summary>
    private static JsonObject OpenEndedBound(string field, string comparison, int age) => new()
    {
        ["bool"] = new JsonObject
        {
            ["should"] = new JsonArray(
                new JsonObject { ["range"] = new JsonObject { [field] = new JsonObject { [comparison] = age } } },
                new JsonObject
                {
                    ["bool"] = new JsonObject { ["must_not"] = new JsonObject { ["exists"] = new JsonObject { ["field"] = field } } },
                }),
            ["minimum_should_match"] = 1,
        },
    };

    private static JsonObject Aggregations()
    {
        var aggregations = new JsonObject();
        foreach (var (facet, field, size) in SearchFields.Facets)
        {
            // Terms aggregations order by count descending, then key ascending: the order the Lucene backend uses.
            aggregations[facet] = new JsonObject { ["terms"] = new JsonObject { ["field"] = field, ["size"] = size } };
        }

        return aggregations;
    }

    private static JsonObject Highlight()
    {
        var fields = new JsonObject();
        foreach (var field in SearchFields.Highlighted)
        {
            fields[field] = new JsonObject();
        }

        return new JsonObject
        {
            ["encoder"] = "html",
            ["pre_tags"] = new JsonArray("<em>"),
            ["post_tags"] = new JsonArray("</em>"),
            ["fragment_size"] = SearchFields.HighlightFragmentSize,
            ["number_of_fragments"] = SearchFields.HighlightFragments,
            ["fields"] = fields,
        };
    }

    private static JsonObject Term(string field, string value) => new() { ["term"] = new JsonObject { [field] = value } };

    private static JsonObject Terms(string field, IEnumerable<string> values) => new()
    {
        ["terms"] = new JsonObject { [field] = new JsonArray([.. values.Select(v => (JsonNode)JsonValue.Create(v))]) },
    };

    private static JsonObject Order(string field, string order) => new() { [field] = new JsonObject { ["order"] = order } };
}
