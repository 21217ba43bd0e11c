using CareDirectory.Domain;
using GraphQL.Types;

namespace CareDirectory.GraphQL.Common;

/// <summary>Where a record's facts come from.</summary>
public sealed class ProvenanceType : ObjectGraphType<Provenance>
{
    public ProvenanceType()
    {
        Name = "Provenance";
        Description = "Where a record's facts come from and when someone last checked them against the source.";
        Field<NonNullGraphType<StringGraphType>>("source").Description("Source document: a seed source file name, an import file or an editor.").Resolve(c => c.Source.Source);
        Field<StringGraphType>("url").Description("Public URL of the source, when it has one.").Resolve(c => c.Source.Url);
        // GraphQL.NET\'s Date scalar serializes DateTime, not DateOnly.
        Field<NonNullGraphType<DateGraphType>>("lastVerified").Description("Day the facts were last checked.").Resolve(c => c.Source.LastVerified.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        Field<StringGraphType>("verifiedBy").Description("Who verified the facts.").Resolve(c => c.Source.VerifiedBy);
        Field<StringGraphType>("notes").Description("Caveats about the source.").Resolve(c => c.Source.Notes);
    }
}
