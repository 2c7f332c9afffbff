using Graph.Core.Errors;
using Graph.Cypher.Procedures;
using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Execution;

/// <summary>CALL { } subqueries (importing WITH, scope clause, OPTIONAL, unit subqueries) and CALL procedure.</summary>
internal sealed partial class QueryRunner
{
    private IEnumerable<Row> CallSubquery(SubqueryCallClause call, IEnumerable<Row> rows, List<string> scope)
    {
        if (call.InTransactions) return CallInTransactions(call, rows, scope);
        var returned = ReturnedColumns(call.Body);
        scope.AddRange(returned.Where(c => !scope.Contains(c)));
        var writes = call.Body is SingleQuery s && s.Clauses.Any(c => c is CreateClause or MergeClause or SetClause or DeleteClause or RemoveClause or ForeachClause);
        var input = writes ? Eager(rows) : rows;
        // PROFILE runs the body as written, so that its clauses report their own rows.
        if (_ctx.Profile is null && CollectedHop.Of(call) is { } collected) return input.SelectMany(row => CallCollected(call, collected, row, returned));
        var called = input.SelectMany(row => CallOnce(call, row, returned));
        // A writing subquery runs for every row before the clauses after it read (Neo4j's Eager): a MATCH after it sees all its writes.
        return writes ? Eager(called) : called;
    }

    /// <summary>A collected one-hop subquery read as a pattern comprehension; the body runs when the row does not fit.</summary>
    private IEnumerable<Row> CallCollected(SubqueryCallClause call, CollectedHop collected, Row row, IReadOnlyList<string> returned) =>
        [CollectedRow(call, collected, row, returned)];

    /// <summary>The one row a collected subquery gives (an aggregation without grouping keys always gives one).</summary>
    private Row CollectedRow(SubqueryCallClause call, CollectedHop collected, Row row, IReadOnlyList<string> returned)
    {
        var value = CollectedValue(call, collected, row, out var fallback);
        return fallback ? CallOnce(call, row, returned).Single() : row.With(collected.Column, value);
    }

    /// <summary>A collected subquery's one column for this row, run as written when it does not fit the one-hop read.</summary>
    public object? CollectedValue(SubqueryCallClause call, CollectedHop collected, Row row)
    {
        var value = CollectedValue(call, collected, row, out var fallback);
        return fallback ? CallOnce(call, row, ReturnedColumns(call.Body)).Single().Get(collected.Column) : value;
    }

    private object? CollectedValue(SubqueryCallClause call, CollectedHop collected, Row row, out bool fallback)
    {
        var nested = collected.Nested.Count == 0 ? null : new NestedColumns(this, collected.Nested);
        var items = Matcher.ComprehendOneHop(collected.Comprehension, Imported(call, row), nested);
        fallback = items is null;
        if (items is null) return null;
        items.RemoveAll(static item => item is null);
        return collected.FirstOnly ? (items.Count > 0 ? items[0] : null) : items;
    }

    private IEnumerable<Row> CallOnce(SubqueryCallClause call, Row row, IReadOnlyList<string> returned)
    {
        var seed = Imported(call, row);
        var results = Run(call.Body, [seed], out var columns).ToList();
        if (columns.Count == 0)
        {
            // A unit subquery (no RETURN) runs for its side effects and keeps the outer row.
            yield return row;
            yield break;
        }
        if (results.Count == 0 && call.Optional)
        {
            yield return Joined(row, columns, null);
            yield break;
        }
        foreach (var r in results) yield return Joined(row, columns, r);
    }

    /// <summary>The outer row extended with a subquery row's columns (all null for OPTIONAL without results).</summary>
    private static Row Joined(Row outer, IReadOnlyList<string> columns, Row? inner)
    {
        var joined = outer;
        for (var i = 0; i < columns.Count; i++) joined = joined.With(columns[i], inner?.Get(columns[i]));
        return joined;
    }

    /// <summary>What the subquery sees of the outer row: CALL (a, b) / CALL (*) or a leading importing WITH.</summary>
    private static Row Imported(SubqueryCallClause call, Row row)
    {
        if (call.ScopeAll) return row;
        if (call.ScopeVariables is not null) return row.Only(call.ScopeVariables);
        var first = call.Body switch
        {
            SingleQuery s => s.Clauses.FirstOrDefault(),
            UnionQuery u => u.Parts[0].Clauses.FirstOrDefault(),
            _ => null,
        };
        if (first is WithClause w && w.Projection.Items.All(i => i.Expression is Variable v && v.Name == i.Name))
        {
            return row.Only(w.Projection.IncludeExisting ? row.Names : w.Projection.Items.Select(i => i.Name));
        }
        return Row.Empty;
    }

    private static IReadOnlyList<string> ReturnedColumns(Query body)
    {
        var single = body as SingleQuery ?? ((UnionQuery)body).Parts[0];
        return single.Clauses.LastOrDefault() is ReturnClause r ? r.Projection.Items.Select(i => i.Name).ToList() : [];
    }

    private IEnumerable<Row> CallProcedure(ProcedureCallClause proc, IEnumerable<Row> rows, List<string> scope, ref IReadOnlyList<string> columns)
    {
        var procedure = ProcedureRegistry.Find(proc.Name)
            ?? throw new GraphException(
                ErrorCodes.ProcedureNotFound,
                $"There is no procedure with the name `{proc.Name}` registered for this database instance. Please ensure you've spelled the procedure name correctly and that the procedure is properly deployed.",
                ErrorPhase.Compile);
        var fields = proc.Yield is null || proc.YieldStar
            ? procedure.Outputs.Select(o => (Field: o, Name: o)).ToList()
            : proc.Yield.Select(y => (y.Field, y.Name)).ToList();
        foreach (var (field, _) in fields)
        {
            if (!procedure.Outputs.Contains(field))
            {
                throw new GraphException(ErrorCodes.SyntaxError, $"Unknown procedure output: `{field}`", ErrorPhase.Compile);
            }
        }
        var names = fields.Select(f => f.Name).ToList();
        scope.AddRange(names.Where(n => !scope.Contains(n)));
        if (proc.Yield is null) columns = names;
        return rows.SelectMany(row =>
        {
            // CALL ns.proc without parentheses takes its arguments from the parameters named like its inputs.
            var args = proc.Arguments is null
                ? procedure.Inputs.Select(input => _ctx.Parameters.TryGetValue(input, out var value) ? value
                    : throw new GraphException(ErrorCodes.ParameterMissing, $"Expected parameter(s): {input}", ErrorPhase.Compile)).ToList()
                : proc.Arguments.Select(a => Evaluator.Evaluate(a, row)).ToList();
            if (args.Count < procedure.MinArguments || args.Count > procedure.Inputs.Count)
            {
                throw new GraphException(
                    ErrorCodes.SyntaxError,
                    $"Procedure call does not provide the required number of arguments: got {args.Count} expected at least {procedure.MinArguments} (total: {procedure.Inputs.Count}).",
                    ErrorPhase.Compile);
            }
            var produced = procedure.Invoke(args, _ctx).Select(values => row.WithAll(fields.Select(f => new KeyValuePair<string, object?>(f.Name, values[procedure.IndexOf(f.Field)]))));
            if (proc.Where is not null) produced = produced.Where(r => Evaluator.IsTrue(proc.Where, r)).ToList();
            return produced.ToList();
        });
    }
}
