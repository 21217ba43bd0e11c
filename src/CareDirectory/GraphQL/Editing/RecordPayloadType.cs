using CareDirectory.Editing;
using GraphQL.Types;

namespace CareDirectory.GraphQL.Editing;

/// <summary><c>XPayload { x, errors }</c>: the record as written, or the errors that stopped the write.</summary>
public abstract class RecordPayloadType<TRecordType> : ObjectGraphType<EditPayload>
    where TRecordType : IGraphType
{
    protected RecordPayloadType(string name, string field, string what)
    {
        Name = name;
        Description = $"The result of a {what} mutation: the {what} as written, or the errors that stopped the write.";
        Field<TRecordType>(field).Description($"The {what} after the write; null when `errors` is not empty.").Resolve(c => c.Source.Record);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorInterface>>>>("errors").Description("Why nothing was written; empty on success.").Resolve(c => c.Source.Errors);
    }
}
