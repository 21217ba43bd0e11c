using CareDirectory.Domain;
using CareDirectory.GraphQL.Listing;
using CareDirectory.GraphQL.Relay;
using CareDirectory.Scoping;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CareDirectory.GraphQL.Programs;

/// <summary><c>Query.programs</c>.</summary>
public static class ProgramQueries
{
    private static readonly CountyScopedList<CareProgram> _programs = new(ProgramListing.Definition, (db, counties) => CountyScope.ProgramsServing(db.Programs, counties));

    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ConnectionType<ProgramType>>>("programs")
            .Description("Programs, optionally of one state, serving one county, or of one service type (its narrower terms included).")
            .Arguments(CountyScopedList<CareProgram>.Arguments<ProgramFilterInputType, ProgramSortInputType>(
                "programs",
                new QueryArgument<StringGraphType> { Name = "serviceType", Description = "Only programs with this service type or a narrower one (a code from `serviceTypes`)." }))
            .ResolveAsync(async c => await _programs.PageAsync(
                c,
                ServiceTypeArgumentAsync,
                (programs, serviceType) => serviceType is null ? programs : programs.Where(p => p.ServiceTypes.Any(t => t.Path.Contains(serviceType)))));

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
