// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Rendering cost: one typical note, and the whole bundled curriculum, Markdown → highlighted HTML.
#include "curriculum/curriculumloader.h"
#include "highlight/codehighlighter.h"
#include "markdown/markdownrenderer.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

namespace {

const pmg::Curriculum &curriculum()
{
    static const pmg::Curriculum c = pmg::CurriculumLoader::loadDirectory(QStringLiteral(PMG_SOURCE_DIR "/curriculum"));
    return c;
}

// "Typical" = the note of median body size.
const pmg::Note &typicalNote()
{
    static const pmg::Note note = [] {
        QList<pmg::Note> notes = curriculum().notes;
        std::sort(notes.begin(), notes.end(),
                  [](const auto &a, const auto &b) { return a.body.size() < b.body.size(); });
        return notes.at(notes.size() / 2);
    }();
    return note;
}

// Argument: the highlighting worker threads besides the caller's (-1: the app's default, one less than the cores).
// Wall-clock time, since the workers' CPU time is not the benchmark thread's.
void BM_RenderTypicalNote(benchmark::State &state)
{
    pmg::CodeHighlighter highlighter;
    if (state.range(0) >= 0)
        highlighter.setWorkerCount(int(state.range(0)));
    pmg::MarkdownRenderer renderer(highlighter);
    const pmg::Note &note = typicalNote();
    for (auto _ : state)
        benchmark::DoNotOptimize(renderer.toHtml(note.body));
    state.SetLabel(QStringLiteral("%1 (%2 bytes)").arg(note.id).arg(note.body.size()).toStdString());
}
BENCHMARK(BM_RenderTypicalNote)->ArgName("workers")->Arg(-1)->Arg(0)->UseRealTime()->Unit(benchmark::kMillisecond);

void BM_RenderWholeCurriculum(benchmark::State &state)
{
    pmg::CodeHighlighter highlighter;
    if (state.range(0) >= 0)
        highlighter.setWorkerCount(int(state.range(0)));
    pmg::MarkdownRenderer renderer(highlighter);
    for (auto _ : state) {
        for (const pmg::Note &note : curriculum().notes)
            benchmark::DoNotOptimize(renderer.toHtml(note.body));
    }
    state.SetLabel(std::to_string(curriculum().notes.size()) + " notes");
}
BENCHMARK(BM_RenderWholeCurriculum)->ArgName("workers")->Arg(-1)->Arg(0)->UseRealTime()->Unit(benchmark::kMillisecond);

void BM_LoadCurriculum(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(pmg::CurriculumLoader::loadDirectory(QStringLiteral(PMG_SOURCE_DIR "/curriculum")));
}
BENCHMARK(BM_LoadCurriculum)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
