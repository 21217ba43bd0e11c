using GraphQL.Types;

namespace CareDirectory.GraphQL.Filtering;

/// <summary>HotChocolate's <c>StringOperationFilterInput</c>. Text comparisons other than <c>eq</c>/<c>in</c> ignore case.</summary>
public sealed class StringOperationFilterInputType : InputObjectGraphType
{
    public StringOperationFilterInputType()
    {
        Name = "StringOperationFilterInput";
        Description = "Conditions on a text field. `contains`, `startsWith` and `endsWith` ignore case.";
        Field<StringGraphType>("eq").Description("Equal to (exact).");
        Field<StringGraphType>("neq").Description("Not equal to (exact).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("in").Description("One of these values (exact).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("nin").Description("None of these values (exact).");
        Field<StringGraphType>("contains").Description("Contains this text, ignoring case.");
        Field<StringGraphType>("ncontains").Description("Does not contain this text, ignoring case.");
        Field<StringGraphType>("startsWith").Description("Starts with this text, ignoring case.");
        Field<StringGraphType>("endsWith").Description("Ends with this text, ignoring case.");
    }
}

/// <summary>Conditions on a whole number (<c>IntOperationFilterInput</c>).</summary>
public sealed class IntOperationFilterInputType : InputObjectGraphType
{
    public IntOperationFilterInputType()
    {
        Name = "IntOperationFilterInput";
        Description = "Conditions on a whole number. A missing value matches only `eq: null` / `neq: null`.";
        Field<IntGraphType>("eq").Description("Equal to.");
        Field<IntGraphType>("neq").Description("Not equal to.");
        Field<ListGraphType<NonNullGraphType<IntGraphType>>>("in").Description("One of these values.");
        Field<ListGraphType<NonNullGraphType<IntGraphType>>>("nin").Description("None of these values.");
        Field<IntGraphType>("gt").Description("Greater than.");
        Field<IntGraphType>("gte").Description("Greater than or equal to.");
        Field<IntGraphType>("lt").Description("Less than.");
        Field<IntGraphType>("lte").Description("Less than or equal to.");
    }
}

/// <summary>Conditions on an instant (<c>DateTimeOperationFilterInput</c>).</summary>
public sealed class DateTimeOperationFilterInputType : InputObjectGraphType
{
    public DateTimeOperationFilterInputType()
    {
        Name = "DateTimeOperationFilterInput";
        Description = "Conditions on a date and time (ISO-8601 with offset).";
        Field<DateTimeOffsetGraphType>("eq").Description("Equal to.");
        Field<DateTimeOffsetGraphType>("neq").Description("Not equal to.");
        Field<DateTimeOffsetGraphType>("gt").Description("After.");
        Field<DateTimeOffsetGraphType>("gte").Description("At or after.");
        Field<DateTimeOffsetGraphType>("lt").Description("Before.");
        Field<DateTimeOffsetGraphType>("lte").Description("At or before.");
    }
}

/// <summary>Conditions on a true/false field (<c>BooleanOperationFilterInput</c>).</summary>
public sealed class BooleanOperationFilterInputType : InputObjectGraphType
{
    public BooleanOperationFilterInputType()
    {
        Name = "BooleanOperationFilterInput";
        Description = "Conditions on a true/false field.";
        Field<BooleanGraphType>("eq").Description("Equal to.");
        Field<BooleanGraphType>("neq").Description("Not equal to.");
    }
}

/// <summary>Conditions on an enum field (<c>XOperationFilterInput</c>).</summary>
public sealed class EnumOperationFilterInputType<TEnumType> : InputObjectGraphType
    where TEnumType : IGraphType
{
    public EnumOperationFilterInputType()
    {
        var name = GraphTypeNames.Of(typeof(TEnumType));
        Name = $"{name}OperationFilterInput";
        Description = $"Conditions on a {name} value.";
        Field<TEnumType>("eq").Description("Equal to.");
        Field<TEnumType>("neq").Description("Not equal to.");
        Field<ListGraphType<NonNullGraphType<TEnumType>>>("in").Description("One of these values.");
        Field<ListGraphType<NonNullGraphType<TEnumType>>>("nin").Description("None of these values.");
    }
}

/// <summary>Conditions on a list field (<c>ListXFilterInput</c>): <c>some</c>, <c>all</c>, <c>none</c> of its elements match, or <c>any</c> element exists.</summary>
public sealed class ListFilterInputType<TElementFilterType> : InputObjectGraphType
    where TElementFilterType : IGraphType
{
    public ListFilterInputType()
    {
        var element = GraphTypeNames.Of(typeof(TElementFilterType));
        Name = $"List{element}";
        Description = "Conditions on a list: some, all or none of its elements match, or it has any element at all.";
        Field<TElementFilterType>("some").Description("At least one element matches.");
        Field<TElementFilterType>("all").Description("Every element matches.");
        Field<TElementFilterType>("none").Description("No element matches.");
        Field<BooleanGraphType>("any").Description("True: the list has elements; false: it is empty.");
    }
}
