import { Redirect, Route, Switch } from 'wouter';
import { segments } from './catalog';
import { AppBar } from './components/AppBar';
import { Sidebar } from './components/Sidebar';
import { ImportsPage } from './pages/ImportsPage';
import { JobPage } from './pages/JobPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { SegmentPage } from './pages/SegmentPage';
import { PinpointProvider } from './pinpoint';
import { PreferencesProvider } from './preferences';
import { paths } from './routes';

const firstSegment = segments[0];

/** The shell (app bar, sidebar, main) and the routes. */
export function App() {
  return (
    <PreferencesProvider>
      <PinpointProvider>
        <div className="app">
          <AppBar />
          <Sidebar />
          <main className="app__main" id="main" tabIndex={-1}>
            <Switch>
              <Route path="/">
                {firstSegment && <Redirect to={paths.segment(firstSegment.id)} replace />}
              </Route>
              <Route path={paths.imports()}>
                <ImportsPage />
              </Route>
              <Route path={paths.segmentPattern}>
                {(params) => <SegmentPage segmentId={params.segmentId} />}
              </Route>
              <Route path={paths.jobPattern}>{(params) => <JobPage jobId={params.jobId} />}</Route>
              <Route>
                <NotFoundPage />
              </Route>
            </Switch>
          </main>
        </div>
      </PinpointProvider>
    </PreferencesProvider>
  );
}
