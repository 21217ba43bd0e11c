using CareDirectory.Domain;
using CareDirectory.GraphQL.Common;
using CareDirectory.GraphQL.DataLoaders;
using CareDirectory.GraphQL.Listing;
using CareDirectory.GraphQL.Nodes;
using CareDirectory.GraphQL.Partners;
using CareDirectory.GraphQL.ServiceTypes;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CareDirectory.GraphQL.Programs;

/// <summary>A service a partner offers (HSDS service).</summary>
public sealed class ProgramType : ObjectGraphType<CareProgram>
{
    public ProgramType()
    {
        Name = "Program";
        Description = "A service a partner offers (HSDS service): eligibility, cost, referral path and more.";
        this.ImplementNode("Program");
        Field<NonNullGraphType<StringGraphType>>("name").Description("Program name.").Resolve(c => c.Source.Name);
        Field<StringGraphType>("alternateName").Description("Short or other name, e.g. Mobile Response.").Resolve(c => c.Source.AlternateName);
        Field<StringGraphType>("description").Description("What the program does, in the source's words.").Resolve(c => c.Source.Description);
        Field<StringGraphType>("website").Description("Program web page, when the source gives one.").Resolve(c => c.Source.Website);
        Field<NonNullGraphType<PartnerType>>("partner").Description("The partner offering it.").Resolve(c => ConnectionQueries.RequiredParent<Partner>(c, c.Source.PartnerId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceTypeType>>>>("serviceTypes").Description("Its service types.").Resolve(ServiceTypesOf);
        Field<NonNullGraphType<EligibilityType>>("eligibility").Description("Who it serves.").Resolve(c => c.Source.Eligibility);
        Field<NonNullGraphType<AvailabilityType>>("availability").Description("When it is available.").Resolve(c => c.Source.Availability);
        Field<StringGraphType>("responseTime").Description("How fast it responds, e.g. within one hour of notification.").Resolve(c => c.Source.ResponseTime);
        Field<StringGraphType>("typicalDuration").Description("How long service typically lasts, e.g. up to eight weeks.").Resolve(c => c.Source.TypicalDuration);
        Field<NonNullGraphType<CostType>>("cost").Description("What families pay and who pays.").Resolve(c => c.Source.Cost);
        Field<NonNullGraphType<ReferralPathwayType>>("referral").Description("How to get in.").Resolve(c => c.Source.Referral);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProgramComponentType>>>>("components").Description("Its ordered steps.").Resolve(c => c.Source.Components.OrderBy(x => x.Position).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("languages").Description("Languages offered (BCP 47 tags).").Resolve(c => c.Source.Languages);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceAreaType>>>>("serviceAreas").Description("Areas it serves.").Resolve(c => c.Source.ServiceAreas);
        Field<NonNullGraphType<ServiceAreaKindType>>("scope").Description("The widest area it serves: STATE for statewide programs.").Resolve(c => ServiceScopes.Widest(c.Source.ServiceAreas));
        Field<NonNullGraphType<ProgramStatusType>>("status").Description("Whether it runs (HSDS status).").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TranslationType>>>>("translations").Description("Name and description in other languages.").Resolve(c => c.Source.Translations);
    }

    private static IDataLoaderResult<List<ServiceType>> ServiceTypesOf(IResolveFieldContext<CareProgram> context)
    {
        // Resolved for every program of a page: a static fetch, so finding the loader allocates nothing.
        return RequestLoaders.Of(context).Get<Guid, List<ServiceType>>(
            "program.serviceTypes",
            static async (contexts, ids, cancellationToken) =>
            {
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                // Straight from the join table: SQLite cannot run the APPLY a SelectMany over the navigation needs.
                var rows = await (
                    from link in db.Set<Dictionary<string, object>>("ProgramServiceTypes")
                    join type in db.ServiceTypes on EF.Property<Guid>(link, "ServiceTypesId") equals type.Id
                    where ids.Contains(EF.Property<Guid>(link, "CareProgramId"))
                    select new { ProgramId = EF.Property<Guid>(link, "CareProgramId"), Type = type })
                    .AsNoTracking().ToListAsync(cancellationToken);
                return rows.GroupBy(r => r.ProgramId).ToDictionary(g => g.Key, g => g.Select(r => r.Type).OrderBy(t => t.Code, StringComparer.Ordinal).ToList());
            },
            []).Load(context.Source.Id);
    }
}
