using CareDirectory.Domain;
using CareDirectory.GraphQL.DataLoaders;
using CareDirectory.GraphQL.Listing;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace CareDirectory.GraphQL.Nodes;

/// <summary><c>Query.node</c> and <c>Query.nodes</c>: fetch any record by its global id.</summary>
public static class NodeQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NodeInterface>("node")
            .Description("Any record by its global id. A malformed id is an INVALID_ID error; a well-formed id of no record (or of an archived one) gives null alone, as the Relay server specification has it.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A global id from any record's `id` field.")
            .Resolve(c => Load(c, c.GetArgument<string>("id"), out var error) ?? throw error!);

        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description("Several records by global id, in the order given; unknown ids give null entries. A malformed id is null too, with an INVALID_ID error whose path ends with its index; the other ids still resolve. At most 50 ids (configurable).")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "Global ids.")
            .ResolveAsync(async c =>
            {
                var ids = c.GetArgument<List<string>>("ids");
                var max = c.RequestServices!.GetRequiredService<IOptions<ApiLimitsOptions>>().Value.MaxNodeIds;
                if (ids.Count > max)
                {
                    throw DirectoryErrors.Error(DirectoryErrors.TooManyIds, $"{ids.Count} ids requested; at most {max} per call.");
                }

                // One bad id is its own error at its own position (as HotChocolate's nodes field reports a failed item).
                var results = ids.Select((id, index) =>
                {
                    var result = Load(c, id, out var error);
                    if (error is not null)
                    {
                        error.Path = [.. c.ResponsePath, index];
                        c.Errors.Add(error);
                    }

                    return result;
                }).ToList();
                var nodes = new List<object?>(results.Count);
                foreach (var result in results)
                {
                    nodes.Add(result is null ? null : await result.GetResultAsync(c.CancellationToken));
                }

                return nodes;
            });
    }

    /// <summary>The load of a well-formed id; null for a malformed one, with the INVALID_ID error it is.</summary>
    private static IDataLoaderResult<object?>? Load(IResolveFieldContext context, string id, out ExecutionError? error)
    {
        error = null;
        var load = PublicId.TryDecode(id, out var type, out var key) ? Load(context, type, key) : null;
        if (load is null)
        {
            error = DirectoryErrors.Error(DirectoryErrors.InvalidId, $"'{id}' is not an id from this API.");
        }

        return load;
    }

    /// <summary>The record of a type (its GraphQL name) and key, null when archived or absent; null for a type that has no records.</summary>
    public static IDataLoaderResult<object?>? Load(IResolveFieldContext context, string type, Guid key) =>
        type switch
        {
            "State" => ConnectionQueries.ById<State>(context, key).Then(x => (object?)x),
            "County" => ConnectionQueries.ById<County>(context, key).Then(x => (object?)x),
            "Partner" => ConnectionQueries.ById<Partner>(context, key).Then(x => (object?)x),
            "Program" => ConnectionQueries.ById<CareProgram>(context, key).Then(x => (object?)x),
            "Meeting" => ConnectionQueries.ById<Meeting>(context, key).Then(x => (object?)x),
            "EducatorResource" => ConnectionQueries.ById<EducatorResource>(context, key).Then(x => (object?)x),
            _ => null,
        };
}
