using CareDirectory.Coverage;
using CareDirectory.GraphQL.Partners;
using GraphQL.Types;

namespace CareDirectory.GraphQL.Counties;

/// <summary>One county role and its local partners: how editors see which roles a county is missing.</summary>
public sealed class RoleCoverageType : ObjectGraphType<RoleCoverage>
{
    public RoleCoverageType()
    {
        Name = "RoleCoverage";
        Description = "A system-of-care role the county is meant to have locally, and the county's own partners in it. `present: false` means our sources name no local partner for the role; the county's statewide partners (e.g. the access line) still serve it.";
        Field<NonNullGraphType<Common.PartnerRoleType>>("role").Description("The role, e.g. MOBILE_RESPONSE.").Resolve(c => c.Source.Role);
        Field<NonNullGraphType<BooleanGraphType>>("present").Description("True when at least one local partner has the role.").Resolve(c => c.Source.Present);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PartnerType>>>>("partners")
            .Description("The county's own partners with the role (regional partners included, statewide ones not), by name.")
            .Resolve(c => c.Source.Partners);
    }
}
