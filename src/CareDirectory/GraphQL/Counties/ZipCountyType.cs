using GraphQL.Types;

namespace CareDirectory.GraphQL.Counties;

/// <summary>One county of a ZIP code.</summary>
public sealed class ZipCountyType : ObjectGraphType<ZipCounty>
{
    public ZipCountyType()
    {
        Name = "ZipCounty";
        Description = "A county a ZIP code lies in. A ZIP on a county line lies in several: each is listed.";
        Field<NonNullGraphType<CountyType>>("county").Description("The county.").Resolve(c => c.Source.County);
        Field<FloatGraphType>("share")
            .Description("Fraction (0-1) of the ZIP in this county, when the reference data gives it; null today: the Census relationship data we ship carries no shares, so counties are listed by FIPS code.")
            .Resolve(c => c.Source.Share);
    }
}
