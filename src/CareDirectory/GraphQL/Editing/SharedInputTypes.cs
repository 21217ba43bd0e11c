using CareDirectory.Editing;
using CareDirectory.GraphQL.Common;
using GraphQL.Types;

namespace CareDirectory.GraphQL.Editing;

/// <summary><c>ServiceAreaInput</c>.</summary>
public sealed class ServiceAreaInputType : InputObjectGraphType<ServiceAreaInput>
{
    public ServiceAreaInputType()
    {
        Name = "ServiceAreaInput";
        Description = "An area served. Must lie inside your API key's scope (a county key may only name its county).";
        Field<NonNullGraphType<ServiceAreaKindType>>("kind").Description("STATE, COUNTY, LAN, ZIP or CITY.");
        Field<NonNullGraphType<StringGraphType>>("code").Description("State code for STATE, five-digit FIPS for COUNTY, the LAN number, ZIP or city name.");
        Field<BooleanGraphType>("partial").Description("True when only part of the area is served.");
        Field<StringGraphType>("note").Description("A short note, e.g. which part is served (at most 200 characters).");
    }
}

/// <summary><c>PhoneInput</c>.</summary>
public sealed class PhoneInputType : InputObjectGraphType<PhoneInput>
{
    public PhoneInputType()
    {
        Name = "PhoneInput";
        Description = "A phone number.";
        Field<NonNullGraphType<StringGraphType>>("number").Description("The number in E.164 form, e.g. +18774652947.");
        Field<StringGraphType>("type").Description("voice (default), fax, text, hotline or tty.");
        Field<StringGraphType>("description").Description("What the number is for (at most 200 characters).");
        Field<BooleanGraphType>("tollFree").Description("True for a toll-free number.");
    }
}
