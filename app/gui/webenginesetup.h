// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace pmg::WebEngineSetup {

/// What Qt WebEngine needs before the QApplication exists: the `garden:` scheme registered and the Chromium switches
/// the note view relies on. The app and the GUI tests call it the same way, so the tests measure the real setup.
void beforeApplication();

} // namespace pmg::WebEngineSetup
