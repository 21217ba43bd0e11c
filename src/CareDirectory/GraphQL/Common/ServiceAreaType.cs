using CareDirectory.Domain;
using CareDirectory.GraphQL.Counties;
using CareDirectory.GraphQL.Listing;
using GraphQL.Types;

namespace CareDirectory.GraphQL.Common;

/// <summary>An area an organisation or program covers.</summary>
public sealed class ServiceAreaType : ObjectGraphType<ServiceArea>
{
    public ServiceAreaType()
    {
        Name = "ServiceArea";
        Description = "An area an organisation or program covers. Illinois programs are served by Local Area Network (LAN), not by county.";
        Field<NonNullGraphType<ServiceAreaKindType>>("kind").Description("How wide the area is.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("code").Description("State code, county FIPS code, LAN number, ZIP code or city name.").Resolve(c => c.Source.Code);
        Field<CountyType>("county").Description("The county, for a COUNTY area.").Resolve(c => ConnectionQueries.ById<County>(c, c.Source.CountyId));
        Field<NonNullGraphType<BooleanGraphType>>("partial").Description("True when only part of the area is served.").Resolve(c => c.Source.Partial);
        Field<StringGraphType>("note").Description("What part is served, e.g. \"Half of LAN 67\".").Resolve(c => c.Source.Note);
    }
}
