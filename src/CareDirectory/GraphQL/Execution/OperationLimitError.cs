using GraphQL.Validation;

namespace CareDirectory.GraphQL.Execution;

/// <summary>A document rejected because it would cost the server too much (depth, cost or aliases).</summary>
public class OperationLimitError : ValidationError
{
    public OperationLimitError(string code, string message)
        : base(message) => Code = code;
}
