using CareDirectory.GraphQL.DataLoaders;
using GraphQL.Types;

namespace CareDirectory.GraphQL.ServiceTypes;

/// <summary><c>Query.serviceTypes</c>: the taxonomy tree.</summary>
public static class ServiceTypeQueries
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceTypeType>>>>("serviceTypes")
            .Description("The service-type taxonomy: its root terms; follow `children` for the tree.")
            .Resolve(c => ServiceTypeType.All(c).Then(all => all.Where(t => t.ParentId == null).ToList()));
}
