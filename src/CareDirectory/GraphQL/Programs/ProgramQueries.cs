using CareDirectory.Domain;
using CareDirectory.GraphQL.Counties;
using CareDirectory.GraphQL.Listing;
using CareDirectory.GraphQL.Relay;
using CareDirectory.GraphQL.States;
using CareDirectory.Scoping;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CareDirectory.GraphQL.Programs;

/// <summary><c>Query.programs</c>.</summary>
public static class ProgramQueries
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ConnectionType<ProgramType>>>("programs")
            .Description("Programs, optionally of one state, serving one county, or of one service type (its narrower terms included).")
            .Arguments(ListRequest<CareProgram>.Arguments<ProgramFilterInputType, ProgramSortInputType>(
                StateArgument.Definition("programs"),
                CountyArgument.Definition,
                new QueryArgument<StringGraphType> { Name = "serviceType", Description = "Only programs with this service type or a narrower one (a code from `serviceTypes`)." }))
            .ResolveAsync(async c =>
            {
                var state = StateArgument.Read(c);
                var county = await CountyArgument.ResolveAsync(c);
                var serviceType = await ServiceTypeArgumentAsync(c);
                return await ConnectionQueries.PageAsync(c, ProgramListing.Definition, db =>
                {
                    var programs = db.Programs.AsQueryable();
                    programs = programs.InState(db, state);
                    programs = county is null ? programs : programs.Where(CountyScope.ProgramsServing(db.Programs, [county]));
                    return serviceType is null ? programs : programs.Where(p => p.ServiceTypes.Any(t => t.Path.Contains(serviceType)));
                });
            });

    private static async Task<string?> ServiceTypeArgumentAsync(IResolveFieldContext context)
    {
        var code = context.GetArgument<string?>("serviceType")?.Trim();
        if (code is null)
        {
            return null;
        }

        await using var db = await ConnectionQueries.Contexts(context).CreateDbContextAsync(context.CancellationToken);
        return await db.ServiceTypes.AnyAsync(t => t.Code == code, context.CancellationToken)
            ? code
            : throw DirectoryErrors.Error(DirectoryErrors.NotFound, $"Unknown service type '{code}'; see Query.serviceTypes.");
    }
}
