using CareDirectory.Domain;
using GraphQL.Types;

namespace CareDirectory.GraphQL.Partners;

/// <summary>A phone number.</summary>
public sealed class PhoneType : ObjectGraphType<Phone>
{
    public PhoneType()
    {
        Name = "Phone";
        Description = "A phone number (HSDS phone).";
        Field<NonNullGraphType<StringGraphType>>("number").Description("Number as published.").Resolve(c => c.Source.Number);
        Field<StringGraphType>("e164").Description("E.164 form for tel: links.").Resolve(c => c.Source.E164);
        Field<NonNullGraphType<StringGraphType>>("type").Description("voice, fax, text or hotline.").Resolve(c => c.Source.Type);
        Field<StringGraphType>("description").Description("What the number is for.").Resolve(c => c.Source.Description);
        Field<NonNullGraphType<BooleanGraphType>>("tollFree").Description("True for a toll-free number.").Resolve(c => c.Source.TollFree);
    }
}
