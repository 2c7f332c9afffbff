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
        var called = input.SelectMany(row => CallOnce(call, row, returned));
        // A writing subquery runs for every row before the clauses after it read (Neo4j's Eager): a MATCH after it sees all its writes.
        return writes ? Eager(called) : called;
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
        var procedure = ProcedureRegistry.Find(proc.Name) ?? throw ProcedureCallErrors.NotFound(proc.Name);
        var fields = proc.Yield is null || proc.YieldStar
            ? procedure.Outputs.Select(o => (Field: o, Name: o)).ToList()
            : proc.Yield.Select(y => (y.Field, y.Name)).ToList();
        foreach (var (field, _) in fields)
        {
            if (!procedure.Outputs.Contains(field)) throw ProcedureCallErrors.UnknownOutput(field);
        }
        var names = fields.Select(f => f.Name).ToList();
        scope.AddRange(names.Where(n => !scope.Contains(n)));
        if (proc.Yield is null) columns = names;
        return rows.SelectMany(row =>
        {
            // CALL ns.proc without parentheses takes its arguments from the parameters named like its inputs.
            var args = proc.Arguments is null
                ? procedure.Inputs.Select(input => _ctx.Parameters.TryGetValue(input, out var value) ? value : throw ProcedureCallErrors.MissingParameter(input)).ToList()
                : proc.Arguments.Select(a => Evaluator.Evaluate(a, row)).ToList();
            ProcedureCallErrors.CheckArguments(procedure, args.Count);
            var produced = procedure.Invoke(args, _ctx).Select(values => row.WithAll(fields.Select(f => new KeyValuePair<string, object?>(f.Name, values[procedure.IndexOf(f.Field)]))));
            if (proc.Where is not null) produced = produced.Where(r => Evaluator.IsTrue(proc.Where, r)).ToList();
            var found = produced.ToList();
            // OPTIONAL CALL keeps the row, its fields null, when the call gives nothing.
            if (found.Count == 0 && proc.Optional) found.Add(row.WithAll(fields.Select(f => new KeyValuePair<string, object?>(f.Name, null))));
            return found;
        });
    }
}
