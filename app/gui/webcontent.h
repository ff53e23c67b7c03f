// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWebEngineProfile;

namespace pmg {

class NoteRenderer;
class PageRouter;

/// What a page that shows garden: content needs from the window: the router its pages are served through, the
/// locked-down web profile and the note renderer (MainWindow's router(), webProfile() and renderer()). One of each
/// for the whole app, so a page never starts a second profile, renderer process or syntax repository.
struct WebContent {
    PageRouter &router;
    QWebEngineProfile *profile = nullptr;
    NoteRenderer &renderer;
};

} // namespace pmg
