using CareDirectory.Domain;
using CareDirectory.GraphQL.DataLoaders;
using CareDirectory.GraphQL.Listing;
using CareDirectory.Search;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace CareDirectory.GraphQL.Search;

/// <summary>A search result: its score, highlights and the record.</summary>
public sealed class SearchHitType : ObjectGraphType<SearchPageHit>
{
    public SearchHitType()
    {
        Name = "SearchHit";
        Description = "A record that matched the search, with its relevance score and where the words matched.";
        Field<NonNullGraphType<FloatGraphType>>("score").Description("Relevance (BM25 with field boosts); higher is better. 0 when browsing without query text.").Resolve(c => c.Source.Hit.Score);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchHighlightType>>>>("highlights").Description("Matched passages per field; empty when browsing.").Resolve(c => c.Source.Hit.Highlights);
        Field<SearchItemType>("item")
            .Description("The record. Null only if it was archived after the index last saw it (the index catches up within seconds).")
            .Resolve(c => Item(c, c.Source.Hit));
    }

    /// <summary>Loads the record through the by-id loaders: one query per kind for all hits of the page.</summary>
    private static IDataLoaderResult<object?> Item(IResolveFieldContext context, SearchHit hit)
    {
        Guid? id = Guid.TryParse(hit.Id, out var parsed) ? parsed : null;
        return hit.Kind switch
        {
            SearchKind.Partner => ConnectionQueries.ById<Partner>(context, id).Then(e => (object?)e),
            SearchKind.Program => ConnectionQueries.ById<CareProgram>(context, id).Then(e => (object?)e),
            SearchKind.Meeting => ConnectionQueries.ById<Meeting>(context, id).Then(e => (object?)e),
            _ => ConnectionQueries.ById<EducatorResource>(context, id).Then(e => (object?)e),
        };
    }
}
