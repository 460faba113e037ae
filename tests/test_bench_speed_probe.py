"""bench/speed_probe.py: a build's CPU counted in units of the probe's work on the core it
ran on at that moment, so that the same work counts the same whether the host made the core
slow or fast; bench/archive.py's verdict by those units (the median of the pairs' ratios)."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import archive  # noqa: E402
import speed_probe  # noqa: E402


def steady(unit: float, start: float = 0.0, end: float = 20.0) -> speed_probe.Readings:
    """A core's readings every 0.05 s from ``start`` to ``end``: each unit took ``unit`` s."""
    times = [start + i * 0.05 for i in range(round((end - start) / 0.05))]
    return times, [unit] * len(times)


def joined(*parts: speed_probe.Readings) -> speed_probe.Readings:
    return [t for p in parts for t in p[0]], [u for p in parts for u in p[1]]


#: core 0 fast (1 ms a unit) until 10 s, then twice as slow; core 1 fast throughout
READINGS = {0: joined(steady(0.001, 0.0, 10.0), steady(0.002, 10.0, 20.0)), 1: steady(0.001)}


@pytest.mark.parametrize(
    ("samples", "units"),
    [
        pytest.param([(5.0, 0, 1.0)], 1000, id="a second on a fast core: a thousand units"),
        pytest.param([(15.0, 0, 2.0)], 1000, id="two seconds on a slow core: the same work"),
        pytest.param([(5.0, 0, 1.0), (15.0, 0, 2.0)], 2000, id="across an episode"),
        pytest.param([(15.0, 1, 1.0)], 1000, id="the other core was not slow"),
        pytest.param([(15.0, 7, 1.5)], 1000, id="a core without readings: by every core's"),
        pytest.param([(30.0, 0, 2.0)], 1000, id="after the last reading: the nearest"),
        pytest.param([(5.0, 0, 0.0), (6.0, 0, -1.0)], 0, id="no CPU taken: nothing"),
    ],
)
def test_cpu_is_counted_in_units_of_the_probes_work_there_and_then(samples, units):
    assert speed_probe.probe_units(samples, READINGS) == pytest.approx(units)


def test_a_unit_is_read_from_the_window_before_the_sample():
    """The median of the window's readings: one slow reading among fast ones moves nothing."""
    times = [10.0, 10.05, 10.1, 10.15]
    assert speed_probe.unit_at((times, [0.001, 0.009, 0.001, 0.001]), 10.15) == 0.001
    assert speed_probe.fastest_unit({0: steady(0.001), 1: steady(0.002)}) == 0.001


def three_readings_each(probes: speed_probe.SpeedProbes) -> dict[int, speed_probe.Readings]:
    """The probes' readings once every core has three, waited for: on a loaded machine (the
    suite's workers, a build beside it) a probe may wait its turn for a while; a minute is
    the limit."""
    deadline = time.monotonic() + 60
    readings = probes.readings()
    while any(len(times) < 3 for times, _ in readings.values()) and time.monotonic() < deadline:
        time.sleep(0.05)
        readings = probes.readings()
    return readings


def test_the_probes_time_their_unit_on_every_core():
    with speed_probe.SpeedProbes() as probes:
        readings = three_readings_each(probes)
    assert sorted(readings) == sorted(os.sched_getaffinity(0))
    assert all(len(times) >= 3 and min(took) > 0 for times, took in readings.values())
    assert not probes.folder.exists()


def test_a_line_being_written_is_not_read(tmp_path, monkeypatch):
    """A probe's last line without its newline yet, cut inside its number, is left out."""
    monkeypatch.setattr(speed_probe.tempfile, "mkdtemp", lambda prefix: str(tmp_path))
    probes = speed_probe.SpeedProbes()
    for core in probes.cores:
        (tmp_path / f"core-{core}").write_text("1.0000 0.0006000\n1.0500 0.000", encoding="utf-8")
    assert all(r == ([1.0], [0.0006]) for r in probes.readings().values())


def test_the_sampler_sees_a_child_and_not_the_processes_left_out():
    import subprocess

    busy = [sys.executable, "-c", "import time\nt = time.process_time()\n"]
    # (then idle a second: the sampler, which may wait its turn on a loaded machine, reads
    # the child's whole CPU before it is gone)
    busy[-1] += "while time.process_time() - t < 0.4: pass\ntime.sleep(1)"
    idle = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(2)"])
    try:
        with speed_probe.TreeSampler([idle.pid]) as sampler:
            subprocess.run(busy, check=True)
    finally:
        idle.kill()
        idle.wait()
    assert 0.2 <= sum(cpu for _, _, cpu in sampler.samples) <= 0.6
    assert {core for _, core, _ in sampler.samples} <= set(os.sched_getaffinity(0))


def weighed_pair(dossier: float, plain: float, units: tuple[float, float]) -> dict[str, Any]:
    run: dict[str, Any] = {
        "dossier_build": {"seconds": dossier, "cpu_seconds": dossier, "probe_units": units[0]},
        "plain_build": {"seconds": plain, "cpu_seconds": plain, "probe_units": units[1]},
        "dossier_vs_plain": round(dossier / plain, 2),
        "dossier_vs_plain_cpu": round(dossier / plain, 2),
    }
    return run


@pytest.mark.parametrize(
    ("pairs", "median", "of_medians"),
    [
        # the CPU ratios 2.0, 1.33, 1.6 (a slow episode in the first dossier build, in the
        # second plain build): by the units, the same work each time
        ([(8.0, 4.0, (6000, 4000)), (6.0, 4.5, (6000, 4000)), (6.4, 4.0, (6000, 4000))], 1.5, 1.5),
        (
            [(8.0, 4.0, (7000, 4000)), (6.0, 4.5, (6000, 4000)), (6.4, 4.0, (6200, 4100))],
            1.51,
            1.55,
        ),
    ],
)
def test_the_verdict_is_the_median_of_the_pairs_normalised_ratios(pairs, median, of_medians):
    runs = [weighed_pair(*pair) for pair in pairs]
    archive.weigh_runs(runs, 0.001)
    verdict = archive.pairs_summary(runs)
    assert verdict["median_normalised_ratio"] == median
    assert verdict["normalised_ratio_of_medians"] == of_medians
    assert verdict["normalised_ratios"] == sorted(round(u[0] / u[1], 2) for _, _, u in pairs)
    assert verdict["dossier_normalised_seconds"]["min"] == min(p[2][0] for p in pairs) / 1000


def test_no_normalised_verdict_without_probes():
    runs = [weighed_pair(8.0, 4.0, (6000, 4000))]
    for run in runs:
        for name in archive.BUILDS:
            del run[name]["probe_units"]
    archive.weigh_runs(runs, 0.001)
    assert archive.pairs_summary(runs)["median_normalised_ratio"] is None
