import { useEffect, useState } from 'react';
import { Outlet } from 'react-router';
import { useApiClient } from '../api/api-context';
import { MaintenanceScreen } from '../pages/maintenance-page';

/**
 * Above every page: when any API call answers 503 MAINTENANCE, the maintenance screen replaces
 * the view. The page underneath stays mounted (only hidden), so a form being filled in is still
 * there, as typed, once the API is back.
 */
export function RootLayout() {
  const client = useApiClient();
  const [maintenance, setMaintenance] = useState(false);

  useEffect(
    () =>
      client.onError((error) => {
        if (error.isMaintenance) setMaintenance(true);
      }),
    [client],
  );

  return (
    <>
      <div className="root" hidden={maintenance}>
        <Outlet />
      </div>
      {maintenance ? <MaintenanceScreen onBack={() => setMaintenance(false)} /> : null}
    </>
  );
}
