using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CareDirectory.Tests.Infrastructure;

/// <summary>
/// Records the SQL text of every command the application sends inside a <see cref="Record"/> scope, keeping each text
/// object. EF Core hands every command of a query whose SQL it cached the same string (the cached command's text);
/// a query it does not cache gets its SQL generated again, a new string each run. Counting the distinct string
/// objects per text therefore tells which queries EF Core rebuilt, with nothing of EF Core's internals mocked.
/// </summary>
public sealed class SqlTextRecorder : DbCommandInterceptor
{
    // The scope flows with the execution context: into the in-process server when the test server preserves it.
    private static readonly AsyncLocal<Recording?> _current = new();

    /// <summary>Records the commands sent from this execution context (and the work it starts) until disposed.</summary>
    public static Recording Record() => _current.Value = new Recording();

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        _current.Value?.Add(command.CommandText);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        _current.Value?.Add(command.CommandText);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        _current.Value?.Add(command.CommandText);
        return ValueTask.FromResult(result);
    }

    /// <summary>The texts sent while recording, each with the distinct string objects it came in.</summary>
    public sealed class Recording : IDisposable
    {
        private readonly Dictionary<string, HashSet<string>> _instances = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _executions = new(StringComparer.Ordinal);
        private bool _stopped;

        /// <summary>Texts EF Core generated more than once while recording, with how often.</summary>
        public IReadOnlyDictionary<string, int> Rebuilt
        {
            get
            {
                lock (_instances)
                {
                    return _instances.Where(t => t.Value.Count > 1).ToDictionary(t => t.Key, t => t.Value.Count, StringComparer.Ordinal);
                }
            }
        }

        /// <summary>How many commands were sent with each text.</summary>
        public IReadOnlyDictionary<string, int> Executions
        {
            get
            {
                lock (_instances)
                {
                    return new Dictionary<string, int>(_executions, StringComparer.Ordinal);
                }
            }
        }

        internal void Add(string text)
        {
            lock (_instances)
            {
                if (_stopped)
                {
                    return;
                }

                if (!_instances.TryGetValue(text, out var instances))
                {
                    _instances[text] = instances = new HashSet<string>(ReferenceEqualityComparer.Instance);
                }

                instances.Add(text);
                _executions[text] = _executions.GetValueOrDefault(text) + 1;
            }
        }

        public void Dispose()
        {
            lock (_instances)
            {
                _stopped = true;
            }

            if (_current.Value == this)
            {
                _current.Value = null;
            }
        }
    }
}
