using CareDirectory.GraphQL.Common;
using GraphQL.Types;

namespace CareDirectory.GraphQL.Filtering;

/// <summary>
/// HotChocolate's <c>StringOperationFilterInput</c>, the one operation input with <c>and</c>/<c>or</c>. Text matching other
/// than <c>eq</c>/<c>in</c> ignores case on every database (HotChocolate leaves that to the database).
/// </summary>
public sealed class StringOperationFilterInputType : InputObjectGraphType
{
    public StringOperationFilterInputType()
    {
        Name = "StringOperationFilterInput";
        Description = "Conditions on a text field. `contains`, `startsWith`, `endsWith` and their negations ignore case; `eq` and `in` are exact.";
        Field<ListGraphType<NonNullGraphType<StringOperationFilterInputType>>>("and").Description("All of these conditions hold.");
        Field<ListGraphType<NonNullGraphType<StringOperationFilterInputType>>>("or").Description("At least one of these conditions holds.");
        Field<StringGraphType>("eq").Description("Equal to (exact); `null`: the field has no value.");
        Field<StringGraphType>("neq").Description("Not equal to (exact); `null`: the field has a value.");
        Field<StringGraphType>("contains").Description("Contains this text, ignoring case.");
        Field<StringGraphType>("ncontains").Description("Does not contain this text, ignoring case.");
        Field<ListGraphType<StringGraphType>>("in").Description("One of these values (exact); a `null` item matches a field with no value.");
        Field<ListGraphType<StringGraphType>>("nin").Description("None of these values (exact); a `null` item excludes fields with no value.");
        Field<StringGraphType>("startsWith").Description("Starts with this text, ignoring case.");
        Field<StringGraphType>("nstartsWith").Description("Does not start with this text, ignoring case.");
        Field<StringGraphType>("endsWith").Description("Ends with this text, ignoring case.");
        Field<StringGraphType>("nendsWith").Description("Does not end with this text, ignoring case.");
    }
}

/// <summary>HotChocolate's comparable operation inputs (<c>IntOperationFilterInput</c>, <c>DateTimeOperationFilterInput</c>).</summary>
public abstract class ComparableOperationFilterInputType<TScalar> : InputObjectGraphType
    where TScalar : IGraphType
{
    protected ComparableOperationFilterInputType(string name, string description)
    {
        Name = name;
        Description = description + " `null` in `eq`, `neq` and `in`/`nin` lists stands for no value, where the field may have none.";
        Field<TScalar>("eq").Description("Equal to.");
        Field<TScalar>("neq").Description("Not equal to.");
        Field<ListGraphType<TScalar>>("in").Description("One of these values.");
        Field<ListGraphType<TScalar>>("nin").Description("None of these values.");
        Field<TScalar>("gt").Description("Greater than (later than).");
        Field<TScalar>("ngt").Description("Not greater than.");
        Field<TScalar>("gte").Description("Greater than or equal to.");
        Field<TScalar>("ngte").Description("Not greater than or equal to.");
        Field<TScalar>("lt").Description("Less than (earlier than).");
        Field<TScalar>("nlt").Description("Not less than.");
        Field<TScalar>("lte").Description("Less than or equal to.");
        Field<TScalar>("nlte").Description("Not less than or equal to.");
    }
}

/// <summary>Conditions on a whole number (<c>IntOperationFilterInput</c>).</summary>
public sealed class IntOperationFilterInputType() : ComparableOperationFilterInputType<IntGraphType>("IntOperationFilterInput", "Conditions on a whole number.");

/// <summary>Conditions on an instant (<c>DateTimeOperationFilterInput</c>).</summary>
public sealed class DateTimeOperationFilterInputType() : ComparableOperationFilterInputType<DateTimeType>("DateTimeOperationFilterInput", "Conditions on a date and time (ISO-8601 with offset).");

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

/// <summary>Conditions on a record's global id (<c>IdOperationFilterInput</c>).</summary>
public sealed class IdOperationFilterInputType : InputObjectGraphType
{
    public IdOperationFilterInputType()
    {
        Name = "IdOperationFilterInput";
        Description = "Conditions on a record's global id (as `node(id:)` takes it). An id of another type is INVALID_ID.";
        Field<IdGraphType>("eq").Description("This record.");
        Field<IdGraphType>("neq").Description("Any record but this one.");
        Field<ListGraphType<IdGraphType>>("in").Description("One of these records.");
        Field<ListGraphType<IdGraphType>>("nin").Description("None of these records.");
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
        Field<ListGraphType<TEnumType>>("in").Description("One of these values.");
        Field<ListGraphType<TEnumType>>("nin").Description("None of these values.");
    }
}

/// <summary>
/// Conditions on a list field: <c>some</c>, <c>all</c>, <c>none</c> of its elements match, or <c>any</c> element exists.
/// Named as HotChocolate names them: <c>ListStringOperationFilterInput</c> for scalars,
/// <c>ListFilterInputTypeOfServiceAreaFilterInput</c> for records.
/// </summary>
public sealed class ListFilterInputType<TElementFilterType> : InputObjectGraphType
    where TElementFilterType : IGraphType
{
    public ListFilterInputType()
    {
        Name = GraphTypeNames.Of(GetType());
        Description = "Conditions on a list: some, all or none of its elements match, or it has any element at all.";
        Field<TElementFilterType>("some").Description("At least one element matches.");
        Field<TElementFilterType>("all").Description("Every element matches.");
        Field<TElementFilterType>("none").Description("No element matches.");
        Field<BooleanGraphType>("any").Description("True: the list has elements; false: it is empty.");
    }
}
