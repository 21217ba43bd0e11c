using CareDirectory.Domain;
using CareDirectory.GraphQL.DataLoaders;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CareDirectory.GraphQL.ServiceTypes;

/// <summary>A term of the service-type taxonomy.</summary>
public sealed class ServiceTypeType : ObjectGraphType<ServiceType>
{
    public ServiceTypeType()
    {
        Name = "ServiceType";
        Description = "A term of the service-type taxonomy (HSDS taxonomy_term). Filtering by a term also matches its descendants.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("Stable code, e.g. crisis.mobile-response.").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Description("Display name.").Resolve(c => c.Source.Name);
        Field<StringGraphType>("description").Description("What the term covers.").Resolve(c => c.Source.Description);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("path").Description("Codes from the root term down to this one.").Resolve(c => c.Source.Path);
        Field<ServiceTypeType>("parent").Description("The broader term, if any.").Resolve(c => All(c).Then(all => all.FirstOrDefault(t => t.Id == c.Source.ParentId)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceTypeType>>>>("children").Description("Narrower terms.").Resolve(c => All(c).Then(all => all.Where(t => t.ParentId == c.Source.Id).OrderBy(t => t.Code, StringComparer.Ordinal).ToList()));
    }

    /// <summary>The taxonomy is small: one query loads it all for a request, and tree navigation happens in memory.</summary>
    public static global::GraphQL.DataLoader.IDataLoaderResult<List<ServiceType>> All(global::GraphQL.IResolveFieldContext context)
    {
        return RequestLoaders.Of(context).Get<int, List<ServiceType>>(
            "serviceTypes:all",
            static async (contexts, keys, cancellationToken) =>
            {
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                var all = await db.ServiceTypes.AsNoTracking().OrderBy(t => t.Code).ToListAsync(cancellationToken);
                return keys.ToDictionary(k => k, _ => all);
            },
            []).Load(0);
    }
}
