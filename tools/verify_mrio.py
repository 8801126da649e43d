#!/usr/bin/env python3
"""Independent check of `chokepoint mrio calc` on pymrio's test MRIO (raw layout).

Reads the raw tables with the standard library only, computes x, A, L = (I - A)^-1, S, S_Y, M and the
D_cba / D_pba / D_imp / D_exp accounts (+ _reg, _cap) in exact rational arithmetic (fractions.Fraction,
Gauss-Jordan), following pymrio's equations, and compares every cell of the folder written by
`chokepoint mrio calc`. No numpy, no shared code with the C# implementation.

usage: verify_mrio.py RAW_MRIO_DIR OUT_DIR [--tol 1e-9]
Exit 0 when every cell agrees within the tolerance (relative to max(1, |exact|)), else 1.
"""
import sys
from fractions import Fraction as F


def read(path, index_cols):
    lines = [l.rstrip("\n") for l in open(path, encoding="utf-8") if l.strip()]
    head = [l.split("\t") for l in lines[:2]] if index_cols > 1 or "population" not in path else [lines[0].split("\t")]
    nh = len(head)
    cols = list(zip(*[h[index_cols:] for h in head]))
    rows, vals = [], []
    for l in lines[nh:]:
        c = l.split("\t")
        rows.append(tuple(c[:index_cols]))
        vals.append([F(v) for v in c[index_cols:]])
    return rows, cols, vals


def inverse(m):
    n = len(m)
    a = [row[:] + [F(int(i == j)) for j in range(n)] for i, row in enumerate(m)]
    for col in range(n):
        piv = next(r for r in range(col, n) if a[r][col] != 0)
        a[col], a[piv] = a[piv], a[col]
        p = a[col][col]
        a[col] = [v / p for v in a[col]]
        for r in range(n):
            if r != col and a[r][col] != 0:
                f = a[r][col]
                a[r] = [v - f * w for v, w in zip(a[r], a[col])]
    return [row[n:] for row in a]


def matmul(a, b):
    bt = list(zip(*b))
    return [[sum(x * y for x, y in zip(r, c)) for c in bt] for r in a]


def main():
    raw, out = sys.argv[1], sys.argv[2]
    tol = float(sys.argv[sys.argv.index("--tol") + 1]) if "--tol" in sys.argv else 1e-9
    zr, zc, Z = read(f"{raw}/trade_flows_Z.txt", 3)
    _, yc, Y = read(f"{raw}/finald_demand_Y.txt", 3)
    n = len(Z)
    regions = list(dict.fromkeys(r[0] for r in zr))
    ns = n // len(regions)
    reg_of = [regions.index(r[0]) for r in zr]
    x = [sum(Z[i]) + sum(Y[i]) for i in range(n)]
    rec = [F(0) if v == 0 else 1 / v for v in x]
    A = [[Z[i][j] * rec[j] for j in range(n)] for i in range(n)]
    L = inverse([[F(int(i == j)) - A[i][j] for j in range(n)] for i in range(n)])
    yagg = [[sum(Y[i][k] for k in range(len(yc)) if yc[k][0] == r) for r in regions] for i in range(n)]
    # x_diag[i][(c, j)] = sum_r L[i][(r, j)] * yagg[(r, j)][c]
    xdiag = [[sum(L[i][r * ns + (col % ns)] * yagg[r * ns + (col % ns)][col // ns] for r in range(len(regions)))
              for col in range(n)] for i in range(n)]
    xtrade = [[0 if reg_of[i] == col // ns else xdiag[i][col] for col in range(n)] for i in range(n)]
    expected = {"x.txt": [[v] for v in x], "A.txt": A, "L.txt": L, "Z.txt": Z, "Y.txt": Y}
    _, _, pop = read(f"{raw}/population.txt", 1)
    for name, fname, fyname, idx in (("factor_inputs", "factor_input.txt", None, 2), ("emissions", "emissions.txt", "FDemissions.txt", 3)):
        _, _, Fm = read(f"{raw}/{fname}", idx)
        S = [[v * rec[j] for j, v in enumerate(row)] for row in Fm]
        M = matmul(S, L)
        cba = matmul(S, xdiag)
        imp = matmul(S, xtrade)
        xtot = [sum(r) for r in xdiag]
        xexp = [sum(r) for r in xtrade]
        pba = [[v * xtot[j] for j, v in enumerate(row)] for row in S]
        exp = [[v * xexp[j] for j, v in enumerate(row)] for row in S]
        fyagg = [[F(0)] * len(regions) for _ in Fm]
        e = {"F.txt": Fm, "S.txt": S, "M.txt": M, "D_cba.txt": cba, "D_pba.txt": pba, "D_imp.txt": imp, "D_exp.txt": exp}
        if fyname:
            _, fyc, FY = read(f"{raw}/{fyname}", 3)
            ytot = [sum(Y[i][k] for i in range(n)) for k in range(len(yc))]
            e["F_Y.txt"] = FY
            e["S_Y.txt"] = [[v * (0 if ytot[k] == 0 else 1 / ytot[k]) for k, v in enumerate(row)] for row in FY]
            fyagg = [[sum(row[k] for k in range(len(fyc)) if fyc[k][0] == r) for r in regions] for row in FY]
        def byreg(m, add):
            return [[sum(row[j] for j in range(n) if reg_of[j] == r) + add[k][r] for r in range(len(regions))] for k, row in enumerate(m)]
        zero = [[F(0)] * len(regions) for _ in Fm]
        regs = {"D_cba_reg.txt": byreg(cba, fyagg), "D_pba_reg.txt": byreg(pba, fyagg), "D_imp_reg.txt": byreg(imp, zero), "D_exp_reg.txt": byreg(exp, zero)}
        e.update(regs)
        for k, v in regs.items():
            e[k.replace("_reg", "_cap")] = [[c / pop[0][r] for r, c in enumerate(row)] for row in v]
        for k, v in e.items():
            expected[f"{name}/{k}"] = v
    worst, worst_rel, cells, failed = 0.0, 0.0, 0, []
    for fname, exact in expected.items():
        got = read_values(f"{out}/{fname}", len(exact))
        for i, row in enumerate(exact):
            for j, v in enumerate(row):
                cells += 1
                err = abs(got[i][j] - float(v)) / max(1.0, abs(float(v)))
                worst = max(worst, err)
                if v != 0:
                    worst_rel = max(worst_rel, abs(got[i][j] - float(v)) / abs(float(v)))
                if err > tol:
                    failed.append(f"{fname}[{i},{j}]: got {got[i][j]!r}, exact {float(v)!r}")
    print(f"{len(expected)} tables, {cells} cells; largest error relative to max(1, |exact|): {worst:.3e} (tolerance {tol:g}); largest relative error of a non-zero cell: {worst_rel:.3e}")
    for f in failed[:20]:
        print("MISMATCH", f)
    return 1 if failed else 0


def read_values(path, nrows):
    lines = [l.rstrip("\n").split("\t") for l in open(path, encoding="utf-8") if l.strip()]
    data = lines[-nrows:]
    index_cols = next(i for i, c in enumerate(lines[-1]) if is_number(c))
    return [[float(c) for c in r[index_cols:]] for r in data]


def is_number(text):
    try:
        float(text)
        return True
    except ValueError:
        return False


if __name__ == "__main__":
    sys.exit(main())
